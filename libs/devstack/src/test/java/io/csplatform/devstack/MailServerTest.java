package io.csplatform.devstack;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MailServerTest {

    private String before;

    @BeforeEach
    void remember() {
        before = System.getProperty(MailServer.STREAM_PROVIDER);
        System.clearProperty(MailServer.STREAM_PROVIDER);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(MailServer.STREAM_PROVIDER);
        } else {
            System.setProperty(MailServer.STREAM_PROVIDER, before);
        }
    }

    @Test
    void theStreamProviderIsNamedSoThatJakartaMailDoesNotScanTheClassPathForEachMessage() {
        MailServer.nameStreamProvider();

        assertThat(System.getProperty(MailServer.STREAM_PROVIDER)).isEqualTo(MailServer.ANGUS_STREAM_PROVIDER);
        // the name resolves to the provider the service loader would have found
        assertThat(StreamProvider.provider().getClass().getName()).isEqualTo(MailServer.ANGUS_STREAM_PROVIDER);
    }

    @Test
    void aProviderNamedAlreadyIsLeftAlone() {
        System.setProperty(MailServer.STREAM_PROVIDER, "com.example.OwnStreamProvider");

        MailServer.nameStreamProvider();

        assertThat(System.getProperty(MailServer.STREAM_PROVIDER)).isEqualTo("com.example.OwnStreamProvider");
    }
}

package io.csplatform.devstack;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.List;

/** GreenMail SMTP + IMAP inside this JVM, keeping what it receives. */
final class MailServer implements AutoCloseable {

    private final GreenMail greenMail;

    private MailServer(GreenMail greenMail) {
        this.greenMail = greenMail;
    }

    /** Jakarta Mail's stream provider: named, so that it is not looked up again for every message (see below). */
    static final String STREAM_PROVIDER = "jakarta.mail.util.StreamProvider";
    static final String ANGUS_STREAM_PROVIDER = "org.eclipse.angus.mail.util.MailStreamProvider";

    static MailServer start(DevStackConfig config) {
        nameStreamProvider();
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(config.smtpPort(), "localhost", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(config.imapPort(), "localhost", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailServer(greenMail);
    }

    /**
     * GreenMail parses every message it stores with Jakarta Mail, which asks {@code FactoryFinder} for its
     * {@code StreamProvider} several times per message. Unless the system property names it, that is a
     * {@link java.util.ServiceLoader} scan of every jar of the class path, each time: with the test and launcher class
     * paths, 2 to 4 ms of CPU per e-mail, which at 200 e-mails/s is a fifth of a core taken from the platform (seen in
     * a profile of the actions benchmark: a third of the SMTP server's samples). Named, it is one class lookup.
     * Left alone when set already or when Angus Mail (GreenMail's implementation) is not the one on the class path.
     */
    static void nameStreamProvider() {
        if (System.getProperty(STREAM_PROVIDER) != null) {
            return;
        }
        try {
            Class.forName(ANGUS_STREAM_PROVIDER, false, MailServer.class.getClassLoader());
            System.setProperty(STREAM_PROVIDER, ANGUS_STREAM_PROVIDER);
        } catch (ClassNotFoundException notAngus) {
            // another implementation: its own lookup
        }
    }

    List<MimeMessage> receivedMails() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}

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

    static MailServer start(DevStackConfig config) {
        GreenMail greenMail = new GreenMail(new ServerSetup[] {
                new ServerSetup(config.smtpPort(), "localhost", ServerSetup.PROTOCOL_SMTP),
                new ServerSetup(config.imapPort(), "localhost", ServerSetup.PROTOCOL_IMAP)})
                .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
        greenMail.start();
        return new MailServer(greenMail);
    }

    List<MimeMessage> receivedMails() {
        return List.of(greenMail.getReceivedMessages());
    }

    @Override
    public void close() {
        greenMail.stop();
    }
}

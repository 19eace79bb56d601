package org.regindex.questionnaire.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends notification e-mails once the transaction that created them has committed, in the background,
 * through the SMTP server of {@code MAIL_SMTP_HOST}; with no host configured, e-mail is off.
 */
@ApplicationScoped
public class Mailer {

    private static final Logger LOG = Logger.getLogger(Mailer.class.getName());

    /** E-mails to send after commit. */
    public record Outgoing(List<Mail> mails) {}

    public record Mail(String to, String subject, String body) {}

    @Resource
    ManagedExecutorService executor;

    void sendAfterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outgoing outgoing) {
        Optional<Session> session = session();
        if (session.isEmpty() || outgoing.mails().isEmpty()) {
            return;
        }
        executor.execute(() -> outgoing.mails().forEach(mail -> send(session.get(), mail)));
    }

    private static void send(Session session, Mail mail) {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(session.getProperty("mail.from")));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to()));
            message.setSubject(mail.subject(), "UTF-8");
            message.setText(mail.body(), "UTF-8");
            Transport.send(message);
        } catch (MessagingException e) {
            LOG.log(
                    Level.WARNING,
                    "Could not send the notification e-mail \"" + mail.subject() + "\" to " + mail.to(),
                    e);
        }
    }

    private static Optional<Session> session() {
        Config config = ConfigProvider.getConfig();
        Optional<String> host =
                config.getOptionalValue("mail.smtp.host", String.class).filter(h -> !h.isBlank());
        if (host.isEmpty()) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        properties.put("mail.smtp.host", host.get());
        properties.put(
                "mail.smtp.port",
                config.getOptionalValue("mail.smtp.port", String.class).orElse("25"));
        properties.put(
                "mail.from", config.getOptionalValue("mail.from", String.class).orElse("regindex@localhost"));
        properties.put(
                "mail.smtp.starttls.enable",
                config.getOptionalValue("mail.smtp.starttls", String.class).orElse("false"));
        properties.put("mail.smtp.connectiontimeout", "10000");
        properties.put("mail.smtp.timeout", "10000");
        Optional<String> user =
                config.getOptionalValue("mail.smtp.user", String.class).filter(u -> !u.isBlank());
        if (user.isEmpty()) {
            return Optional.of(Session.getInstance(properties));
        }
        properties.put("mail.smtp.auth", "true");
        String password =
                config.getOptionalValue("mail.smtp.password", String.class).orElse("");
        return Optional.of(Session.getInstance(properties, new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password);
            }
        }));
    }
}

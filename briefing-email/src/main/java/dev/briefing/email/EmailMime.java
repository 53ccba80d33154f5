package dev.briefing.email;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.util.Objects;

/**
 * An {@link Email} as a whole MIME message for Jakarta Mail (Eclipse Angus): one
 * {@code multipart/alternative} with the plain-text part first and the HTML part last, as
 * RFC 2046 orders alternatives (the last is the preferred one), both UTF-8, and the subject.
 * The sender, recipients and date are the service's to set. Needs {@code jakarta.mail-api}
 * and an implementation such as {@code org.eclipse.angus:angus-mail} on the class or module
 * path; the rest of this module does not.
 *
 * <pre>{@code
 * MimeMessage message = EmailMime.message(EmailRenderer.standard().email(briefing), session);
 * message.setFrom("desk@news.example");
 * message.setRecipients(Message.RecipientType.TO, "reader@example.com");
 * Transport.send(message);
 * }</pre>
 */
public final class EmailMime {

  private static final String UTF_8 = "UTF-8";

  private EmailMime() {}

  /**
   * @param email the email
   * @param session the mail session the message belongs to
   * @return a message with the subject and both parts, not yet addressed
   * @throws MessagingException when Jakarta Mail refuses a part
   */
  public static MimeMessage message(Email email, Session session) throws MessagingException {
    Objects.requireNonNull(email, "email");
    MimeMessage message = new MimeMessage(Objects.requireNonNull(session, "session"));
    message.setSubject(email.subject(), UTF_8);
    message.setContent(alternatives(email));
    message.saveChanges();
    return message;
  }

  /**
   * The two parts alone, for a message of the service's own (one with attachments, say, where
   * this becomes one part of a {@code multipart/mixed}).
   *
   * @param email the email
   * @return a {@code multipart/alternative} of the text and the HTML
   * @throws MessagingException when Jakarta Mail refuses a part
   */
  public static MimeMultipart alternatives(Email email) throws MessagingException {
    MimeBodyPart text = new MimeBodyPart();
    text.setText(email.text(), UTF_8, "plain");
    MimeBodyPart html = new MimeBodyPart();
    html.setText(email.html(), UTF_8, "html");
    MimeMultipart alternatives = new MimeMultipart("alternative");
    alternatives.addBodyPart(text);
    alternatives.addBodyPart(html);
    return alternatives;
  }
}

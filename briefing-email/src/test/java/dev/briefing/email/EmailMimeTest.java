package dev.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The whole MIME message, written by Jakarta Mail (Eclipse Angus) and parsed back by it. */
class EmailMimeTest {

  private static final Session SESSION = Session.getInstance(new Properties());

  @Test
  void aMultipartAlternativeOfTextThenHtmlReadsBackAsWritten() throws Exception {
    Briefing briefing = SeedBriefing.briefing().withTitle("Ünïcode title — with a dash and \u4e2d\u6587");
    Email email = EmailRenderer.standard().email(briefing);

    MimeMessage back = reparse(EmailMime.message(email, SESSION));

    assertThat(back.getSubject()).isEqualTo(email.subject());
    assertThat(back.isMimeType("multipart/alternative")).isTrue();
    Multipart parts = (Multipart) back.getContent();
    assertThat(parts.getCount()).isEqualTo(2);
    Part text = parts.getBodyPart(0);
    Part html = parts.getBodyPart(1);
    assertThat(text.isMimeType("text/plain")).isTrue();
    assertThat(text.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(html.isMimeType("text/html")).isTrue();
    assertThat(html.getContentType()).containsIgnoringCase("charset=UTF-8");
    assertThat(normalised((String) text.getContent())).isEqualTo(normalised(email.text()));
    assertThat(normalised((String) html.getContent())).isEqualTo(normalised(email.html()));
  }

  @Test
  void aSubjectCannotAddAHeader() throws Exception {
    Briefing briefing = SeedBriefing.briefing().withTitle("Hello\r\nBcc: everyone@example.com");

    MimeMessage back = reparse(EmailMime.message(EmailRenderer.standard().email(briefing), SESSION));

    assertThat(back.getHeader("Bcc")).isNull();
    assertThat(back.getSubject()).isEqualTo("Hello Bcc: everyone@example.com");
  }

  private static MimeMessage reparse(MimeMessage message) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    message.writeTo(bytes);
    return new MimeMessage(SESSION, new ByteArrayInputStream(bytes.toByteArray()));
  }

  /** MIME text travels with CRLF line ends; the parts are written with LF. */
  private static String normalised(String text) {
    return text.replace("\r\n", "\n");
  }
}

package dev.briefing.email;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * One briefing as an email: the subject, the preheader (the preview line inboxes show after the
 * subject), the HTML part and the plain-text part, and the warnings from writing it. Hand the
 * parts to your own mailer, or make a whole message of them with {@link EmailMime}. Immutable.
 *
 * <pre>{@code
 * Email email = EmailRenderer.standard().email(briefing);
 * mailer.send(to, email.subject(), email.text(), email.html());
 * email.warnings().forEach(log::warn);   // such as a briefing shortened to fit
 * }</pre>
 */
public final class Email {

  private final String subject;
  private final String preheader;
  private final String html;
  private final String text;
  private final boolean shortened;
  private final List<String> warnings;

  Email(String subject, String preheader, String html, String text, boolean shortened, List<String> warnings) {
    this.subject = Objects.requireNonNull(subject, "subject");
    this.preheader = Objects.requireNonNull(preheader, "preheader");
    this.html = Objects.requireNonNull(html, "html");
    this.text = Objects.requireNonNull(text, "text");
    this.shortened = shortened;
    this.warnings = List.copyOf(warnings);
  }

  /** @return the subject line: the title, else the start of The Signal; one line */
  public String subject() {
    return subject;
  }

  /** @return the preview text, from The Signal; one line, also hidden at the top of the HTML */
  public String preheader() {
    return preheader;
  }

  /** @return the HTML part, a whole document */
  public String html() {
    return html;
  }

  /** @return the plain-text part: the whole briefing in the text format, never shortened */
  public String text() {
    return text;
  }

  /** @return the HTML part's size in UTF-8 bytes, what Gmail's clipping counts */
  public int htmlBytes() {
    return html.getBytes(StandardCharsets.UTF_8).length;
  }

  /** @return whether parts of the briefing were left out of the HTML to keep it under the size limit */
  public boolean shortened() {
    return shortened;
  }

  /** @return what the caller should know: what was left out of the HTML and why; empty when nothing */
  public List<String> warnings() {
    return warnings;
  }

  @Override
  public String toString() {
    return "Email[" + subject + ", " + htmlBytes() + " bytes of HTML" + (shortened ? ", shortened]" : "]");
  }
}

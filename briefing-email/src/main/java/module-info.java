/**
 * The email format for briefings: HTML that Gmail, Outlook on Windows and Apple Mail show alike
 * (table layout, every style inlined, widths in attributes), kept under Gmail's clipping size,
 * with a plain-text alternative and, when Jakarta Mail is present, a whole
 * {@code multipart/alternative} message.
 *
 * <pre>{@code
 * Email email = EmailRenderer.standard().email(briefing);
 * String html = email.html();
 * String text = email.text();
 * }</pre>
 */
module dev.briefing.email {
  requires transitive dev.briefing.core;
  requires transitive dev.briefing.kit;
  requires dev.briefing.render;
  requires com.ibm.icu;
  requires owasp.encoder;
  requires static jakarta.mail;

  exports dev.briefing.email;

  provides dev.briefing.core.format.BriefingFormat with dev.briefing.email.EmailFormat;
}

/**
 * The email format ({@code email}, {@code text/html}): {@link dev.briefing.email.EmailRenderer}
 * writes a briefing as HTML for Gmail, Outlook on Windows and Apple Mail, shortened with a
 * visible note and a {@linkplain dev.briefing.email.Email#warnings() warning} when it would be
 * clipped; {@link dev.briefing.email.Email} holds the subject, preheader, HTML and plain-text
 * parts; {@link dev.briefing.email.EmailMime} makes them one {@code multipart/alternative}
 * message with Jakarta Mail.
 *
 * <pre>{@code
 * Email email = EmailRenderer.builder().maxBytes(80_000).build().email(briefing);
 * if (email.shortened()) {
 *   log.warn(email.warnings().get(0));
 * }
 * }</pre>
 */
package dev.briefing.email;

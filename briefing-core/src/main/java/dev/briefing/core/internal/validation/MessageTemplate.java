package dev.briefing.core.internal.validation;

/**
 * Bean Validation reads a violation's message as a template, in which {@code {…}} and
 * {@code ${…}} are expanded: a message meant literally has those characters escaped.
 */
final class MessageTemplate {

  private MessageTemplate() {}

  /**
   * @param message a finished message
   * @return a template that interpolates to exactly {@code message}
   */
  static String literal(String message) {
    StringBuilder out = null;
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      boolean special = c == '{' || c == '}' || c == '$' || c == '\\';
      if (special && out == null) {
        out = new StringBuilder(message.length() + 8).append(message, 0, i);
      }
      if (out != null) {
        out.append(special ? "\\" : "").append(c);
      }
    }
    return out == null ? message : out.toString();
  }
}

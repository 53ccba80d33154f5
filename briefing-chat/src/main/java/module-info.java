/**
 * Chat delivery formats for briefings: Slack Block Kit messages ({@code slack}) and Adaptive
 * Cards 1.5 for Microsoft Teams ({@code adaptive-card}), each within its platform's documented
 * limits.
 *
 * <pre>{@code
 * List<String> messages = SlackRenderer.standard().messages(briefing);
 * String card = FormatRegistry.loadDefault().renderer("adaptive-card").render(briefing);
 * }</pre>
 */
module dev.briefing.chat {
  requires transitive dev.briefing.core;
  requires transitive dev.briefing.kit;
  requires com.fasterxml.jackson.core;

  exports dev.briefing.chat;

  provides dev.briefing.core.format.BriefingFormat with
      dev.briefing.chat.SlackFormat,
      dev.briefing.chat.AdaptiveCardFormat;
}

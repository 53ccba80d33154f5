/**
 * Chat delivery formats: {@link dev.briefing.chat.SlackRenderer} writes Slack Block Kit
 * message payloads (format {@code slack}), {@link dev.briefing.chat.AdaptiveCardRenderer}
 * writes Adaptive Cards 1.5 for Microsoft Teams (format {@code adaptive-card}). Both keep to
 * their platform's documented limits and never let user text become markup.
 *
 * <pre>{@code
 * List<String> messages = SlackRenderer.standard().messages(briefing);
 * String card = AdaptiveCardRenderer.builder().maxLength(100_000).build().render(briefing);
 * }</pre>
 */
package dev.briefing.chat;

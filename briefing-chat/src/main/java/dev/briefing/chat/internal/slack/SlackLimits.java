package dev.briefing.chat.internal.slack;

/**
 * The limits of Slack's Block Kit reference (https://docs.slack.dev/reference/block-kit/blocks),
 * in characters, which this format counts as UTF-16 units (never fewer than Slack's count).
 */
public final class SlackLimits {
  /** {@code header} block: its plain text. */
  public static final int HEADER = 150;
  /** {@code section} block: its text. */
  public static final int SECTION_TEXT = 3_000;
  /** {@code section} block: how many fields. */
  public static final int FIELDS = 10;
  /** {@code section} block: one field's text. */
  public static final int FIELD = 2_000;
  /** {@code context} block: how many elements. */
  public static final int CONTEXT_ELEMENTS = 10;
  /** {@code context} block: one text element, held to the limit of any text object. */
  public static final int CONTEXT_TEXT = 3_000;
  /** Blocks in one message. */
  public static final int BLOCKS = 50;
  /**
   * The top-level {@code text} this format writes: notifications show only it, and Slack
   * advises keeping it short (it truncates at 40,000).
   */
  public static final int FALLBACK_TEXT = 3_000;

  private SlackLimits() {}
}

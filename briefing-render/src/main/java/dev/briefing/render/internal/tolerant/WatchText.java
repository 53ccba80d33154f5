package dev.briefing.render.internal.tolerant;

/**
 * A watch item as people write one: a bold title and the description after it, separated by
 * {@code :}, a dash or nothing ({@code **Title.** description}), or a plain title up to the
 * first separator or full stop.
 *
 * @param title the title, without its marks and separator
 * @param description the description's marked text, possibly empty
 * @param separator how the title was split from the description
 */
public record WatchText(String title, String description, String separator) {

  /** A title is never longer; a longer lead is not a title. */
  private static final int MAX_TITLE = 120;

  /**
   * @param text the item's marked text
   * @return the title and description, or null when there is no title
   */
  public static WatchText read(String text) {
    int start = Inline.skipMarksAndSpace(text, 0);
    int open = start - 1;
    if (open >= 0 && text.charAt(open) == Inline.STRONG && Inline.plain(text.substring(0, open)).isEmpty()) {
      int close = Inline.runEnd(text, open);
      if (close > 0) {
        String title = Inline.plain(text.substring(open + 1, close));
        String separator = "bold";
        char last = title.isEmpty() ? ' ' : title.charAt(title.length() - 1);
        if (last == ':' || last == '.') {
          title = title.substring(0, title.length() - 1).strip();
          separator = "'" + last + "'";
        }
        int after = Inline.skipMarksAndSpace(text, close + 1);
        Separator s = Separator.find(text, Math.max(close, after - 1), after + 3, true);
        if (s != null) {
          separator = s.name();
          after = Inline.skipMarksAndSpace(text, s.end());
        }
        return title.isEmpty() ? null : new WatchText(title, text.substring(after), separator);
      }
    }
    Separator s = Separator.find(text, 0, MAX_TITLE, true);
    if (s == null) {
      return null;
    }
    String title = Inline.plain(text.substring(0, s.start()));
    return title.isEmpty() ? null : new WatchText(title, text.substring(Inline.skipMarksAndSpace(text, s.end())), s.name());
  }
}

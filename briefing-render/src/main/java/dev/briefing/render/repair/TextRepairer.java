package dev.briefing.render.repair;

import dev.briefing.core.Location;
import dev.briefing.core.format.TextRepair;
import dev.briefing.render.internal.repair.Fix;
import dev.briefing.render.internal.repair.LineRepairer;
import dev.briefing.render.internal.repair.LineSplitter;
import dev.briefing.render.internal.repair.RepairedLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Repairs text whose UTF-8 was decoded with the wrong code page, and says what it changed.
 * The text and Markdown parsers use it on their input; use it directly on text from elsewhere
 * (a JSON field, a database column).
 *
 * <p>Repaired:
 * <ul>
 *   <li>UTF-8 read through a Thai code page, where {@code โ} (U+0E42) replaced a punctuation
 *       mark: {@code ’} between letters, {@code –} between digits, {@code —} between spaces,
 *       {@code “} at a word's start, {@code ”} at a word's end. Next to Thai characters
 *       {@code โ} is the Thai vowel sign and stays; elsewhere, where its surroundings do not
 *       tell, it stays too and is listed in {@link RepairedText#unclear()}.</li>
 *   <li>UTF-8 read as Windows-1252 or ISO-8859-1: {@code â€™} {@code â€“} {@code â€”}
 *       {@code â€œ} {@code â€} {@code â€¦} {@code â‚¬} and other punctuation starting with
 *       {@code â}, and Latin-1 letters and symbols starting with {@code Ã} or {@code Â}
 *       ({@code Ã©} for é, {@code Â°} for °).</li>
 * </ul>
 * Text without such damage comes back unchanged (the same string). One pass, linear in the
 * length of the text. Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * RepairedText result = TextRepairer.standard().repair("2,300\u0E425,000 staff, â€œsmallerâ€ models");
 * result.text();     // "2,300–5,000 staff, “smaller” models"
 * result.repairs();  // [1:6 'โ' -> '–', 1:20 'â€œ' -> '“', 1:30 'â€' -> '”']
 * }</pre>
 */
public final class TextRepairer {

  private static final TextRepairer STANDARD = new TextRepairer();

  private TextRepairer() {}

  /** @return the repairer with every rule above */
  public static TextRepairer standard() {
    return STANDARD;
  }

  /**
   * @param text any text; line breaks ({@code \n}, {@code \r\n}, {@code \r}) are kept as written
   * @return the repaired text with its repairs; positions are 1-based line and column, the
   *     column counting UTF-16 code units
   */
  public RepairedText repair(String text) {
    List<String> lines = LineSplitter.lines(text);
    List<TextRepair> repairs = new ArrayList<>();
    List<Location> unclear = new ArrayList<>();
    List<String> repairedLines = new ArrayList<>(lines.size());
    for (int i = 0; i < lines.size(); i++) {
      RepairedLine line = LineRepairer.repair(lines.get(i));
      repairedLines.add(line.text());
      for (Fix fix : line.fixes()) {
        repairs.add(TextRepair.of(i + 1, fix.offset() + 1, fix.before(), fix.after()));
      }
      for (int offset : line.unclear()) {
        unclear.add(Location.at(i + 1, offset + 1));
      }
    }
    if (repairs.isEmpty()) {
      return new RepairedText(text, repairs, unclear);
    }
    List<String> breaks = LineSplitter.breaks(text);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < repairedLines.size(); i++) {
      out.append(repairedLines.get(i));
      if (i < breaks.size()) {
        out.append(breaks.get(i));
      }
    }
    return new RepairedText(out.toString(), repairs, unclear);
  }
}

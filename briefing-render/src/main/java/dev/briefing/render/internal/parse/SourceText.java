package dev.briefing.render.internal.parse;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.core.format.TextRepair;
import dev.briefing.render.internal.repair.Fix;
import dev.briefing.render.internal.repair.LineRepairer;
import dev.briefing.render.internal.repair.LineSplitter;
import dev.briefing.render.internal.repair.RepairedLine;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * A parser's input read up to its size limit, without its byte order mark, split into lines
 * (any of {@code \n}, {@code \r\n}, {@code \r}) and repaired line by line; for the plain-text
 * layout, a backslash before a character the repair looks at is removed and the character kept. Positions a parser
 * finds in the repaired lines map back to the input with {@link #location(int, int)}.
 */
public final class SourceText {

  private static final char BOM = '\uFEFF';

  private final List<String> lines;
  private final RepairedLine[] repaired;
  private final List<TextRepair> repairs;
  private final List<ParseWarning> warnings;

  private SourceText(List<String> lines, RepairedLine[] repaired, List<TextRepair> repairs, List<ParseWarning> warnings) {
    this.lines = lines;
    this.repaired = repaired;
    this.repairs = repairs;
    this.warnings = warnings;
  }

  /**
   * @param in the input; read to its end, not closed
   * @param settings the limit and whether to repair
   * @return the input as lines
   * @throws BriefingFormatException when the input is longer than the limit
   * @throws BriefingIOException when reading fails
   */
  public static SourceText read(Reader in, ParserSettings settings) {
    return read(in, settings, false);
  }

  /**
   * @param in the input; read to its end, not closed
   * @param settings the limit and whether to repair
   * @param escapes whether a backslash before a character the repair looks at keeps it as it
   *     is (and goes), as in the plain-text layout
   * @return the input as lines
   * @throws BriefingFormatException when the input is longer than the limit
   * @throws BriefingIOException when reading fails
   */
  public static SourceText read(Reader in, ParserSettings settings, boolean escapes) {
    StringBuilder text = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        if ((long) text.length() + n > settings.maxInputChars()) {
          throw tooLarge(text, settings.maxInputChars());
        }
        text.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new BriefingIOException("Reading the briefing failed", e);
    }
    if (text.length() > 0 && text.charAt(0) == BOM) {
      text.deleteCharAt(0);
    }
    List<String> raw = LineSplitter.lines(text);
    List<String> lines = new ArrayList<>(raw.size());
    RepairedLine[] repaired = new RepairedLine[raw.size()];
    List<TextRepair> repairs = new ArrayList<>();
    List<ParseWarning> warnings = new ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      RepairedLine line = LineRepairer.repair(raw.get(i), settings.repairText(), escapes);
      lines.add(line.text());
      if (!line.fixes().isEmpty()) {
        repaired[i] = line;
      }
      for (Fix fix : line.fixes()) {
        if (fix.repair()) {
          repairs.add(TextRepair.of(i + 1, fix.offset() + 1, fix.before(), fix.after()));
        }
      }
      for (int offset : line.unclear()) {
        warnings.add(ParseWarning.of(Location.at(i + 1, offset + 1),
            "damaged character '" + raw.get(i).charAt(offset) + "' left as it is: its surroundings do not tell what it stood for"));
      }
    }
    return new SourceText(List.copyOf(lines), repaired, List.copyOf(repairs), List.copyOf(warnings));
  }

  private static BriefingFormatException tooLarge(CharSequence read, int max) {
    int line = 1;
    for (int i = 0; i < read.length(); i++) {
      if (read.charAt(i) == '\n') {
        line++;
      }
    }
    return new BriefingFormatException(Location.builder().line(line).build(),
        "input is longer than the limit of " + max + " characters; raise the parser's maxInputChars if such input is expected");
  }

  /** @return the repaired lines */
  public List<String> lines() {
    return lines;
  }

  /** @return the repaired lines joined with {@code \n} */
  public String joined() {
    return String.join("\n", lines);
  }

  /** @return every repair, in input order */
  public List<TextRepair> repairs() {
    return repairs;
  }

  /** @return the damaged characters that were left alone, in input order */
  public List<ParseWarning> warnings() {
    return warnings;
  }

  /**
   * @param lineIndex 0-based line
   * @param column 1-based column in the repaired line
   * @return the location in the input
   */
  public Location location(int lineIndex, int column) {
    int original = column;
    if (lineIndex >= 0 && lineIndex < repaired.length && repaired[lineIndex] != null) {
      original = repaired[lineIndex].originalOffset(column - 1) + 1;
    }
    return Location.at(lineIndex + 1, Math.max(1, original));
  }
}

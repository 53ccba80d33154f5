package dev.briefing.render.internal.parse;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.core.format.TextRepair;
import dev.briefing.render.internal.repair.Fix;
import dev.briefing.render.internal.repair.LineRepairer;
import dev.briefing.render.internal.repair.LineSplitter;
import dev.briefing.render.internal.repair.RepairTrigger;
import dev.briefing.render.internal.repair.RepairedLine;
import java.io.IOException;
import java.io.Reader;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A parser's input read up to its size limit, without its byte order mark, split into lines
 * (any of {@code \n}, {@code \r\n}, {@code \r}) and repaired line by line; for the plain-text
 * layout, a backslash before a character the repair looks at is removed and the character kept. Positions a parser
 * finds in the repaired lines map back to the input with {@link #location(int, int)}.
 *
 * <p>The repaired text is held as one string with an array of line starts, never as an object
 * per line: a document of a million tiny lines then costs about four bytes a line beyond its
 * characters, where a string and a repair record per line cost some hundred. A line is made a
 * string only when a reader asks for it, and a line is given to the repair only when it holds
 * a character the repair looks at.
 */
public final class SourceText {

  private static final char BOM = '\uFEFF';

  private final String text;
  /** Where each line starts in {@link #text}; the line ends one before the next one starts. */
  private final int[] starts;
  private final int lineCount;
  /** The repair of each line it changed, by line index; most inputs have none. */
  private final Map<Integer, RepairedLine> repaired;
  private final List<TextRepair> repairs;
  private final List<ParseWarning> warnings;
  private final List<String> lines = new Lines();

  private SourceText(String text, int[] starts, int lineCount, Map<Integer, RepairedLine> repaired,
      List<TextRepair> repairs, List<ParseWarning> warnings) {
    this.text = text;
    this.starts = starts;
    this.lineCount = lineCount;
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
    return split(whole(in, settings), settings, escapes);
  }

  /**
   * The input as one string, for a reader that needs no lines unless the input turns out to be
   * one it must read line by line ({@link #of}): splitting a page into lines costs two passes
   * over it, as much as reading a page the library wrote.
   *
   * @param in the input; read to its end, not closed
   * @param settings the limit
   * @return the input without its byte order mark, neither split nor repaired
   * @throws BriefingFormatException when the input is longer than the limit
   * @throws BriefingIOException when reading fails
   */
  public static String whole(Reader in, ParserSettings settings) {
    StringBuilder input = readAll(in, settings);
    return input.length() > 0 && input.charAt(0) == BOM ? input.substring(1) : input.toString();
  }

  /**
   * @param input an input as {@link #whole} read it, its byte order mark already gone
   * @param settings whether to repair
   * @return the input as lines, as {@link #read(Reader, ParserSettings)} gives them
   */
  public static SourceText of(String input, ParserSettings settings) {
    return split(input, settings, false);
  }

  private static StringBuilder readAll(Reader in, ParserSettings settings) {
    StringBuilder input = new StringBuilder();
    char[] buffer = new char[8192];
    try {
      int n;
      while ((n = in.read(buffer)) != -1) {
        if ((long) input.length() + n > settings.maxInputChars()) {
          throw tooLarge(input, settings.maxInputChars());
        }
        input.append(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new BriefingIOException("Reading the briefing failed", e);
    }
    return input;
  }

  private static SourceText split(String input, ParserSettings settings, boolean escapes) {
    int[] starts = new int[countLines(input)];
    Map<Integer, RepairedLine> repaired = new HashMap<>();
    List<TextRepair> repairs = new ArrayList<>();
    List<ParseWarning> warnings = new ArrayList<>();
    StringBuilder out = null;
    int line = 0;
    int start = 0;
    for (int i = 0; ; ) {
      boolean end = i == input.length();
      char c = end ? '\n' : input.charAt(i);
      if (c != '\n' && c != '\r') {
        i++;
        continue;
      }
      // Up to here the joined text is the input itself, or else it is the copy being written.
      starts[line] = out == null ? start : out.length();
      // Unrepaired and without escapes, no character needs the long way: the scan is skipped.
      if ((settings.repairText() || escapes) && needsRepair(input, start, i, settings.repairText(), escapes)) {
        String raw = input.substring(start, i);
        RepairedLine fixed = LineRepairer.repair(raw, settings.repairText(), escapes);
        boolean changed = !fixed.fixes().isEmpty();
        if (changed) {
          repaired.put(line, fixed);
          for (Fix fix : fixed.fixes()) {
            if (fix.repair()) {
              repairs.add(TextRepair.of(line + 1, fix.offset() + 1, fix.before(), fix.after()));
            }
          }
        }
        for (int offset : fixed.unclear()) {
          warnings.add(ParseWarning.of(Location.at(line + 1, offset + 1), "damaged character '" + raw.charAt(offset)
              + "' left as it is: its surroundings do not tell what it stood for"));
        }
        if (changed && out == null) {
          out = new StringBuilder(input.length()).append(input, 0, start);
        }
        if (out != null) {
          out.append(fixed.text());
        }
      } else if (out != null) {
        out.append(input, start, i);
      }
      if (out == null && c == '\r' && !end) {
        // The joined text separates lines with \n alone: from here on it is a copy.
        out = new StringBuilder(input.length()).append(input, 0, i);
      }
      line++;
      if (end) {
        break;
      }
      if (out != null) {
        out.append('\n');
      }
      i += c == '\r' && i + 1 < input.length() && input.charAt(i + 1) == '\n' ? 2 : 1;
      start = i;
    }
    String text = out == null ? input : out.toString();
    return new SourceText(text, starts, line, repaired, List.copyOf(repairs), List.copyOf(warnings));
  }

  /** Lines as {@link LineSplitter} counts them: one more than the line breaks. */
  private static int countLines(String text) {
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        count++;
      }
    }
    return count;
  }

  /** Whether the line holds a character the repair (or, with escapes, the unescaping) looks at. */
  private static boolean needsRepair(CharSequence text, int from, int to, boolean repair, boolean escapes) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (RepairTrigger.mayStart(c) ? repair : escapes && c == '\\' && i + 1 < to && RepairTrigger.mayStart(text.charAt(i + 1))) {
        return true;
      }
    }
    return false;
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

  /** @return the repaired lines, each made a string when it is asked for */
  public List<String> lines() {
    return lines;
  }

  /** @return the repaired lines joined with {@code \n} */
  public String joined() {
    return text;
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
    RepairedLine line = repaired.get(lineIndex);
    if (line != null) {
      original = line.originalOffset(column - 1) + 1;
    }
    return Location.at(lineIndex + 1, Math.max(1, original));
  }

  /** The lines as strings made on demand from the one text. */
  private final class Lines extends AbstractList<String> implements RandomAccess {
    @Override
    public String get(int index) {
      Objects.checkIndex(index, lineCount);
      int end = index + 1 < lineCount ? starts[index + 1] - 1 : text.length();
      return text.substring(starts[index], end);
    }

    @Override
    public int size() {
      return lineCount;
    }
  }
}

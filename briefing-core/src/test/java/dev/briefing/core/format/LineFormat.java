package dev.briefing.core.format;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A test format under any name: one briefing per line, signal and what-happened separated by a
 * tab, a many-document format read lazily like NDJSON (or, made with {@link #single}, a
 * one-document one). A line ending in a space is read with a warning, and {@link #DAMAGED} in a
 * signal is repaired to {@code -}, so that reports have something to count. Lets the converter be
 * tested without the real formats.
 */
final class LineFormat implements BriefingFormat {

  /** A private-use character, which no generated briefing holds, standing for damaged text. */
  static final char DAMAGED = '\uE000';

  private final String name;
  private final String extension;
  private final MatchStrength match;
  private final String start;

  private final boolean multiDocument;
  private final boolean byLine;

  /** A many-document format that cannot tell its input from another's. */
  LineFormat(String name, String extension) {
    this(name, extension, true, MatchStrength.INCONCLUSIVE, "");
  }

  private LineFormat(String name, String extension, boolean multiDocument, MatchStrength match, String start) {
    this(name, extension, multiDocument, match, start, false);
  }

  /**
   * A many-document format.
   *
   * @param match how strongly an input starting with {@code start} looks like this format;
   *     any other input does not
   */
  LineFormat(String name, String extension, MatchStrength match, String start) {
    this(name, extension, true, match, start);
  }

  private LineFormat(String name, String extension, boolean multiDocument, MatchStrength match, String start,
      boolean byLine) {
    this.byLine = byLine;
    this.name = name;
    this.extension = extension;
    this.multiDocument = multiDocument;
    this.match = match;
    this.start = start;
  }

  /**
   * A many-document format whose parser says it reads {@linkplain
   * BriefingParser#linePerDocument() one line per document}, lines of at most 100,000
   * characters, skipping blank lines, so that a converter on several threads splits its lines.
   */
  static LineFormat byLine(String name, String extension) {
    return new LineFormat(name, extension, true, MatchStrength.INCONCLUSIVE, "", true);
  }

  static LineFormat single(String name, String extension) {
    return new LineFormat(name, extension, false, MatchStrength.INCONCLUSIVE, "");
  }

  @Override
  public MatchStrength probe(CharSequence head) {
    return head.toString().startsWith(start) ? match : MatchStrength.NO_MATCH;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String mediaType() {
    return "text/x-" + name;
  }

  @Override
  public List<String> extensions() {
    return List.of(extension);
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of((briefing, out) ->
        out.append(escape(briefing.signal())).append('\t').append(escape(briefing.whatHappened())).append('\n'));
  }

  @Override
  public boolean multiDocument() {
    return multiDocument;
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.of(new BriefingParser() {
      @Override
      public OptionalLong linePerDocument() {
        return byLine ? OptionalLong.of(100_000) : OptionalLong.empty();
      }

      @Override
      public ParseResult read(Reader in) {
        return readAll(in).findFirst()
            .orElseThrow(() -> new BriefingFormatException(Location.at(1, 1), "empty input"));
      }

      @Override
      public Stream<ParseResult> readAll(Reader in) {
        BufferedReader lines = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
        int[] number = {0};
        return StreamSupport.stream(new Spliterators.AbstractSpliterator<ParseResult>(Long.MAX_VALUE, Spliterator.ORDERED) {
          @Override
          public boolean tryAdvance(Consumer<? super ParseResult> action) {
            String line = nextLine(lines);
            if (line == null) {
              return false;
            }
            number[0]++;
            while (byLine && line.isBlank()) {
              line = nextLine(lines);
              if (line == null) {
                return false;
              }
              number[0]++;
            }
            int tab = line.indexOf('\t');
            if (tab < 0) {
              throw new BriefingFormatException(Location.at(number[0], line.length() + 1), "expected a tab");
            }
            String signal = unescape(line.substring(0, tab));
            ParseResult.Builder result = ParseResult.builder()
                .briefing(Briefing.builder()
                    .signal(signal.replace(DAMAGED, '-'))
                    .whatHappened(unescape(line.substring(tab + 1)))
                    .build())
                .document(number[0]);
            int tilde = signal.indexOf(DAMAGED);
            if (tilde >= 0) {
              result.addRepairs(TextRepair.of(number[0], tilde + 1, String.valueOf(DAMAGED), "-"));
            }
            if (line.endsWith(" ")) {
              result.addWarnings(ParseWarning.of(Location.at(number[0], line.length()), "trailing space"));
            }
            action.accept(result.build());
            return true;
          }
        }, false);
      }
    });
  }

  private static String nextLine(BufferedReader lines) {
    try {
      return lines.readLine();
    } catch (IOException e) {
      throw new BriefingIOException("Could not read", e);
    }
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t");
  }

  private static String unescape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(++i);
        out.append(next == 'n' ? '\n' : next == 't' ? '\t' : next);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

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
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A test format under any name: one briefing per line, signal and what-happened separated by a
 * tab, a many-document format read lazily like NDJSON. Lets the converter be tested without the real formats.
 */
final class LineFormat implements BriefingFormat {

  private final String name;
  private final String extension;
  private final MatchStrength match;
  private final String start;

  /** A format that cannot tell its input from another's. */
  LineFormat(String name, String extension) {
    this(name, extension, MatchStrength.INCONCLUSIVE, "");
  }

  /**
   * @param match how strongly an input starting with {@code start} looks like this format;
   *     any other input does not
   */
  LineFormat(String name, String extension, MatchStrength match, String start) {
    this.name = name;
    this.extension = extension;
    this.match = match;
    this.start = start;
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
    return true;
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.of(new BriefingParser() {
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
            String line;
            try {
              line = lines.readLine();
            } catch (IOException e) {
              throw new BriefingIOException("Could not read", e);
            }
            if (line == null) {
              return false;
            }
            number[0]++;
            int tab = line.indexOf('\t');
            if (tab < 0) {
              throw new BriefingFormatException(Location.at(number[0], line.length() + 1), "expected a tab");
            }
            action.accept(ParseResult.builder()
                .briefing(Briefing.builder()
                    .signal(unescape(line.substring(0, tab)))
                    .whatHappened(unescape(line.substring(tab + 1)))
                    .build())
                .document(number[0])
                .build());
            return true;
          }
        }, false);
      }
    });
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

package dev.briefing.cli.testing;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.Location;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.format.ParseWarning;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * A small format for testing the command without the real ones: one briefing per line, its
 * signal and what-happened separated by a tab. Lines starting with '#' are comments, skipped
 * with a warning given with the next briefing. A line without a tab is an error at the end of
 * that line. As a single-document format it wants exactly one briefing; as a many-document
 * format its parser reads every line lazily.
 */
public abstract class TabFormat implements BriefingFormat {

  private final String name;
  private final String extension;
  private final String mediaType;
  private final boolean multiDocument;

  TabFormat(String name, String extension, String mediaType, boolean multiDocument) {
    this.name = name;
    this.extension = extension;
    this.mediaType = mediaType;
    this.multiDocument = multiDocument;
  }

  @Override
  public boolean multiDocument() {
    return multiDocument;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String mediaType() {
    return mediaType;
  }

  @Override
  public List<String> extensions() {
    return List.of(extension);
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of((briefing, out) -> out.append(line(briefing)).append('\n'));
  }

  /**
   * @param briefing a briefing whose signal and what-happened hold no tab or line break
   * @return its line in this format, without the line break
   */
  public static String line(Briefing briefing) {
    return briefing.signal() + "\t" + briefing.whatHappened();
  }

  @Override
  public Optional<BriefingParser> parser() {
    BriefingParser one = in -> {
      List<ParseResult> results = lines(in).toList();
      if (results.size() != 1) {
        throw new BriefingFormatException(Location.at(1, 1),
            "expected one briefing but found " + results.size());
      }
      return results.get(0);
    };
    if (!multiDocument) {
      return Optional.of(one);
    }
    return Optional.of(new BriefingParser() {
      @Override
      public ParseResult read(Reader in) {
        return one.read(in);
      }

      @Override
      public Stream<ParseResult> readAll(Reader in) {
        return lines(in);
      }
    });
  }

  /** Each briefing with the comments skipped since the one before as its warnings. */
  private static Stream<ParseResult> lines(Reader in) {
    BufferedReader lines = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    int[] number = {0};
    long[] document = {0};
    return StreamSupport.stream(new Spliterators.AbstractSpliterator<ParseResult>(Long.MAX_VALUE, Spliterator.ORDERED) {
      @Override
      public boolean tryAdvance(Consumer<? super ParseResult> action) {
        List<ParseWarning> warnings = new ArrayList<>();
        while (true) {
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
          if (line.startsWith("#")) {
            warnings.add(ParseWarning.of(Location.at(number[0], 1), "comment skipped"));
            continue;
          }
          int tab = line.indexOf('\t');
          if (tab < 0) {
            throw new BriefingFormatException(Location.at(number[0], line.length() + 1), "expected a tab");
          }
          action.accept(ParseResult.builder()
              .briefing(Briefing.builder()
                  .signal(line.substring(0, tab))
                  .whatHappened(line.substring(tab + 1))
                  .build())
              .warnings(warnings)
              .document(++document[0])
              .build());
          return true;
        }
      }
    }, false);
  }
}

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
 * with a warning. A line without a tab is an error at the end of that line.
 */
public abstract class TabFormat implements BriefingFormat {

  private final String name;
  private final String extension;
  private final String mediaType;

  TabFormat(String name, String extension, String mediaType) {
    this.name = name;
    this.extension = extension;
    this.mediaType = mediaType;
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
    return Optional.of(new BriefingParser() {
      @Override
      public ParseResult read(Reader in) {
        List<ParseWarning> warnings = new ArrayList<>();
        List<Briefing> briefings = new ArrayList<>();
        lines(in, warnings).forEachOrdered(briefings::add);
        if (briefings.size() != 1) {
          throw new BriefingFormatException(Location.at(1, 1),
              "expected one briefing but found " + briefings.size());
        }
        return ParseResult.builder().briefing(briefings.get(0)).warnings(warnings).build();
      }

      @Override
      public Stream<Briefing> parseAll(Reader in) {
        return lines(in, new ArrayList<>());
      }
    });
  }

  private static Stream<Briefing> lines(Reader in, List<ParseWarning> warnings) {
    BufferedReader lines = in instanceof BufferedReader ? (BufferedReader) in : new BufferedReader(in);
    int[] number = {0};
    return StreamSupport.stream(new Spliterators.AbstractSpliterator<Briefing>(Long.MAX_VALUE, Spliterator.ORDERED) {
      @Override
      public boolean tryAdvance(Consumer<? super Briefing> action) {
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
          action.accept(Briefing.builder()
              .signal(line.substring(0, tab))
              .whatHappened(line.substring(tab + 1))
              .build());
          return true;
        }
      }
    }, false);
  }
}

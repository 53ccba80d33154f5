package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The defaults that let single- and many-document parsers be read the same way. */
class BriefingParserTest {

  private static final Briefing BRIEFING = Briefing.builder().signal("A signal.").whatHappened("It happened.").build();

  @Test
  void aSingleDocumentParserReadsAllAsOneResultWithItsRepairsAndWarnings() {
    ParseResult one = ParseResult.builder()
        .briefing(BRIEFING)
        .addRepairs(TextRepair.of(1, 2, "โ", "’"))
        .addWarnings(ParseWarning.of(Location.at(3, 1), "extra blank line"))
        .build();
    BriefingParser single = in -> one;

    List<ParseResult> all;
    try (Stream<ParseResult> results = single.readAll(new StringReader("ignored"))) {
      all = results.toList();
    }

    assertThat(all).containsExactly(one);
    assertThat(all.get(0).document()).isEqualTo(1);
  }

  @Test
  void aSingleDocumentParserFailsWhenReadAllIsCalledWithTheErrorsLocation() {
    BriefingParser failing = in -> {
      throw new BriefingFormatException(Location.at(4, 2), "unrecognised line");
    };

    assertThatThrownBy(() -> failing.readAll(new StringReader("x")))
        .isInstanceOfSatisfying(BriefingFormatException.class,
            e -> assertThat(e.location()).isEqualTo(Location.at(4, 2)));
  }

  @Test
  void parseAllGivesTheBriefingsOfReadAllOneAtATime() {
    // Only readAll is overridden; the second document is bad, and parseAll must hand out the
    // first before it reads that far.
    List<String> reads = new ArrayList<>();
    BriefingParser many = new BriefingParser() {
      @Override
      public ParseResult read(Reader in) {
        throw new AssertionError("a many-document parser is read with readAll");
      }

      @Override
      public Stream<ParseResult> readAll(Reader in) {
        return Stream.of(1, 2).map(n -> {
          reads.add("document " + n);
          if (n == 2) {
            throw new BriefingFormatException(Location.at(7, 1), "bad line");
          }
          return ParseResult.builder().briefing(BRIEFING).document(n).build();
        });
      }
    };

    Iterator<Briefing> briefings = many.parseAll(new StringReader("ignored")).iterator();

    assertThat(briefings.next()).isEqualTo(BRIEFING);
    assertThat(reads).containsExactly("document 1");
    assertThatThrownBy(briefings::hasNext)
        .isInstanceOfSatisfying(BriefingFormatException.class,
            e -> assertThat(e.location().line()).hasValue(7));
  }

  @Test
  void aResultIsTheFirstDocumentUnlessTheParserNumbersIt() {
    assertThat(ParseResult.of(BRIEFING).document()).isEqualTo(1);
    assertThat(ParseResult.builder().briefing(BRIEFING).document(42).build().document()).isEqualTo(42);
  }

  @Test
  void aDocumentNumberBelowOneIsRefused() {
    assertThatThrownBy(() -> ParseResult.builder().briefing(BRIEFING).document(0).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("document must be at least 1");
  }

  @Test
  void aFormatHoldsOneBriefingPerInputUnlessItSaysOtherwise() {
    BriefingFormat plain = new BriefingFormat() {
      public String name() {
        return "plain";
      }

      public String mediaType() {
        return "text/x-plain";
      }

      public List<String> extensions() {
        return List.of(".plain");
      }

      public Optional<BriefingRenderer> renderer() {
        return Optional.empty();
      }

      public Optional<BriefingParser> parser() {
        return Optional.empty();
      }
    };

    assertThat(plain.multiDocument()).isFalse();
    assertThat(new LineFormat("lines", ".lines").multiDocument()).isTrue();
  }
}

package dev.briefing.hardening.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.hardening.corpus.JsonStrings;
import dev.briefing.hardening.corpus.JsonTestCase;
import dev.briefing.hardening.corpus.JsonTestSuite;
import dev.briefing.hardening.support.BenignBriefing;
import dev.briefing.hardening.support.ParseOracle;
import dev.briefing.hardening.support.RequiredFormats;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * JSONTestSuite against the json and ndjson readers, in two ways.
 *
 * <p>As whole documents: none is a briefing, so every one must be refused, always with our
 * exception (never a raw Jackson one), and an {@code n_} document with a format error.
 *
 * <p>Embedded: a string case ({@code ["..."]}) has its literal put, as written, in place of the
 * signal of a valid briefing's own JSON. A {@code y_} literal must then read back to exactly
 * the string it denotes (or fail validation, when that string is not valid briefing text, such
 * as U+0000); an {@code n_} literal must be a format error with a location; an {@code i_}
 * literal may go either way, without a crash.
 */
class JsonTestSuiteTest {

  private static final String PLACEHOLDER = "HARDENINGSIGNALPLACEHOLDER";

  static Stream<Arguments> documents() {
    List<JsonTestCase> cases = JsonTestSuite.load();
    return RequiredFormats.readable().stream()
        .filter(name -> name.equals("json") || name.equals("ndjson"))
        .flatMap(format -> cases.stream().map(c -> Arguments.of(format, c)));
  }

  static Stream<Arguments> embeddedStrings() {
    return documents().filter(a -> singleStringLiteral(((JsonTestCase) a.get()[1]).input()) != null);
  }

  @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
  @MethodSource("documents")
  void noDocumentOfTheSuiteIsABriefingOrACrash(String format, JsonTestCase c) {
    BriefingParser parser = RequiredFormats.parser(format);
    if (format.equals("ndjson")) {
      assertThat(ParseOracle.parseAll(parser, c.input())).as("an ndjson line that is not a briefing").isEmpty();
      return;
    }
    BriefingException refusal = ParseOracle.rejection(parser, c.input());
    if (c.mustReject() && !c.lostInvalidBytes()) {
      assertThat(refusal).as("%s is malformed JSON", c).isInstanceOf(BriefingFormatException.class);
    }
  }

  @ParameterizedTest(name = "{0} {1}", allowZeroInvocations = true)
  @MethodSource("embeddedStrings")
  void stringLiteralsReadAsTheSuiteSays(String format, JsonTestCase c) {
    BriefingParser parser = RequiredFormats.parser(format);
    String literal = singleStringLiteral(c.input());
    String document = documentWithSignal(format, literal);
    if (c.mustAccept()) {
      String expected = new JsonStrings(literal).string();
      try {
        Briefing read = parser.parse(new StringReader(document));
        assertThat(read.signal()).as("%s decoded", c).isEqualTo(expected);
      } catch (BriefingException e) {
        // Valid JSON whose string is not valid briefing text (U+0000, blank): a validation
        // error, which a line-oriented reader may wrap in a format error to give the line.
        BriefingValidationException invalid = validationCause(e)
            .orElseThrow(() -> new AssertionError(c + " is valid JSON but was refused as malformed: " + e.getMessage(), e));
        assertThat(invalid.violations()).as("%s: only the signal's text may be invalid", c)
            .allSatisfy(v -> assertThat(v.toString()).contains("signal"));
      }
    } else if (c.mustReject() && !c.lostInvalidBytes()) {
      BriefingException refusal = ParseOracle.rejection(parser, document);
      assertThat(refusal).as("%s is malformed JSON", c).isInstanceOf(BriefingFormatException.class);
    } else {
      Optional<Briefing> read = ParseOracle.parse(parser, document);
      assertThat(read).as("%s either reads or is refused", c).isNotNull();
    }
  }

  private static Optional<BriefingValidationException> validationCause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof BriefingValidationException) {
        return Optional.of((BriefingValidationException) t);
      }
    }
    return Optional.empty();
  }

  /** The briefing's own JSON from the registry's writer, with the signal swapped for {@code literal}. */
  private static String documentWithSignal(String format, String literal) {
    String written = RequiredFormats.renderer(format).render(BenignBriefing.create().withSignal(PLACEHOLDER));
    String quoted = "\"" + PLACEHOLDER + "\"";
    assertThat(written).as("the %s writer's output holds the signal once", format).containsOnlyOnce(quoted);
    return written.replace(quoted, literal);
  }

  /** @return the raw string literal when the document is {@code ["..."]} with one string, else null */
  static String singleStringLiteral(String document) {
    String trimmed = document.strip();
    if (!trimmed.startsWith("[\"") || !trimmed.endsWith("\"]") || trimmed.indexOf('\n') >= 0) {
      return null;
    }
    String inner = trimmed.substring(1, trimmed.length() - 1);
    // One literal only: no unescaped quote inside apart from the two ends.
    int quotes = 0;
    for (int i = 0; i < inner.length(); i++) {
      if (inner.charAt(i) == '\\') {
        i++;
      } else if (inner.charAt(i) == '"') {
        quotes++;
      }
    }
    return quotes == 2 && inner.charAt(inner.length() - 1) == '"' ? inner : null;
  }
}

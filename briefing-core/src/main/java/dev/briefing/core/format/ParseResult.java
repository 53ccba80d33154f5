package dev.briefing.core.format;

import dev.briefing.core.Briefing;
import java.util.List;
import org.immutables.value.Value;

/**
 * A parsed briefing with what the parser did to get it: the text it repaired and the lines it
 * tolerated. Nothing is changed silently; every change is listed here.
 *
 * <pre>{@code
 * ParseResult result = parser.read(reader);
 * result.repairs().forEach(r -> log.info("repaired {}", r));
 * Briefing briefing = result.briefing();
 * }</pre>
 */
@Value.Immutable
public abstract class ParseResult implements WithParseResult {

  ParseResult() {}

  /**
   * @param briefing a briefing read without repairs or warnings
   * @return the result
   */
  public static ParseResult of(Briefing briefing) {
    return builder().briefing(briefing).build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the briefing */
  public abstract Briefing briefing();

  /** @return every change made to damaged text, in input order */
  public abstract List<TextRepair> repairs();

  /** @return every problem a lenient parser tolerated, in input order */
  public abstract List<ParseWarning> warnings();

  /**
   * @return what a tolerant parser inferred (which heading it read as which section, how it
   *     split a figure, which lines it joined), in input order; empty for exact reading
   */
  public abstract List<ParseNote> notes();

  /**
   * The number of this briefing in its input, counting from 1: always 1 for a single-document
   * format, the briefing's place in the sequence for a many-document one (blank lines and
   * skipped documents are not counted).
   *
   * @return the 1-based number of the briefing in its input
   */
  @Value.Default
  public long document() {
    return 1;
  }

  @Value.Check
  void check() {
    if (document() < 1) {
      throw new IllegalStateException("document must be at least 1 but was " + document());
    }
  }

  /** Builds a {@link ParseResult}. */
  public static final class Builder extends ImmutableParseResult.Builder {
    Builder() {}
  }
}

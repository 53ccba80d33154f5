package dev.briefing.hardening.support;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.format.BriefingParser;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The first oracle for hostile input: a parser either gives briefings or throws a
 * {@link BriefingException}; anything else (NullPointerException, a raw library exception, a
 * StackOverflowError) is a defect. A format error must also say where.
 *
 * <pre>{@code
 * Optional<Briefing> parsed = ParseOracle.parse(RequiredFormats.parser("json"), "{");
 * }</pre>
 */
public final class ParseOracle {

  private ParseOracle() {}

  /**
   * @return the briefing, or empty when the parser refused the input with our exception
   * @throws AssertionError when anything else escapes, or a format error has no location
   */
  public static Optional<Briefing> parse(BriefingParser parser, String input) {
    try {
      return Optional.of(parser.parse(new StringReader(input)));
    } catch (BriefingException e) {
      requireLocated(e);
      return Optional.empty();
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw escaped(input, e);
    }
  }

  /**
   * Reads every briefing of a streaming format, as a batch job would.
   *
   * @return the briefings before the first refusal, and whether the input was refused
   */
  public static List<Briefing> parseAll(BriefingParser parser, String input) {
    List<Briefing> all = new ArrayList<>();
    try {
      parser.parseAll(new StringReader(input)).forEach(all::add);
    } catch (BriefingException e) {
      requireLocated(e);
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw escaped(input, e);
    }
    return all;
  }

  /** @return the exception a parser threw, asserting it is ours */
  public static BriefingException rejection(BriefingParser parser, String input) {
    try {
      Briefing briefing = parser.parse(new StringReader(input));
      throw new AssertionError("expected the input to be refused, but it parsed to " + briefing
          + "\ninput: " + Printable.of(input));
    } catch (BriefingException e) {
      requireLocated(e);
      return e;
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      throw escaped(input, e);
    }
  }

  private static void requireLocated(BriefingException e) {
    if (e instanceof BriefingFormatException) {
      BriefingFormatException format = (BriefingFormatException) e;
      if (format.location() == null || format.location().describe().equals("input")) {
        throw new AssertionError("a format error must say where it is, but had no location: " + e.getMessage(), e);
      }
    }
  }

  private static AssertionError escaped(String input, Throwable e) {
    return new AssertionError("only a BriefingException may escape a parser, but "
        + e.getClass().getName() + " did, for input " + Printable.of(input), e);
  }
}

package dev.briefing.jackson${jackson.line}.internal;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.json.internal.JsonPathText;
import dev.briefing.json.internal.ParserProblems;
import dev.briefing.json.internal.wire.Positions;
import java.io.CharConversionException;
import ${jackson.core}.${jackson.ParseException};
import ${jackson.core}.JsonParser;
import ${jackson.core}.StreamReadConstraints;
import ${jackson.core}.${jackson.Location};
import ${jackson.core}.exc.StreamConstraintsException;

/** Turns a problem Jackson reported into a {@link BriefingFormatException} with line, column and path. */
final class Failures {

  private Failures() {}

  /**
   * @param e what Jackson reported while {@code p} was reading
   * @param p the parser, for the path
   * @return the same problem in our words
   */
  static BriefingFormatException translate(${jackson.ParseException} e, JsonParser p) {
    // Where the parser stopped, not the exception's own location: the two Jackson lines place
    // the same failure differently (or not at all), the parser's position they agree on.
    return new BriefingFormatException(Positions.location(position(p.currentLocation()), ContextPath.of(p.${jackson.readContext}())),
        describe(e, p.streamReadConstraints()), e);
  }

  /**
   * @param e what Jackson reported while opening a parser, before there was one
   * @param limits the limits of the factory that opened it
   * @return the same problem in our words
   */
  static BriefingFormatException translateAtStart(${jackson.ParseException} e, StreamReadConstraints limits) {
    return new BriefingFormatException(Positions.location(position(e.getLocation()), JsonPathText.ROOT),
        describe(e, limits), e);
  }

  /** @return a problem Jackson reported as a plain I/O failure while decoding, in our words */
  static BriefingFormatException translate(CharConversionException e, JsonParser p) {
    return new BriefingFormatException(Positions.location(position(p.currentLocation()), ContextPath.of(p.${jackson.readContext}())),
        ParserProblems.notText(e.getMessage()), e);
  }

  private static String describe(${jackson.ParseException} e, StreamReadConstraints c) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return ParserProblems.limitPassed(message, c.getMaxDocumentLength(), c.getMaxStringLength(),
          c.getMaxNestingDepth(), c.getMaxNameLength(), c.getMaxNumberLength(), c.getMaxTokenCount());
    }
    return ParserProblems.malformed(message);
  }

  private static long position(${jackson.Location} where) {
    return where == null ? Positions.of(1, 1) : Positions.of(where.getLineNr(), where.getColumnNr());
  }
}

package dev.briefing.json.internal.jackson2;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.json.internal.JsonPathText;
import dev.briefing.json.internal.Problems;
import java.io.CharConversionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns a read problem, ours or Jackson's, into a {@link BriefingFormatException} with line, column and path. */
public final class Failures {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'", Pattern.DOTALL);
  private static final Pattern START_MARKER =
      Pattern.compile("\\s*\\(start marker at \\[Source: [^;\\]]*; line: (\\d+), column: (\\d+)\\]\\)");

  private Failures() {}

  /** @return the problem at the parser's current token */
  static BriefingFormatException at(JsonParser p, String problem) {
    JsonLocation where = p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
    return new BriefingFormatException(location(where, ContextPath.of(p.getParsingContext())), problem);
  }

  /** @return the problem at a remembered place */
  static BriefingFormatException at(JsonLocation where, String path, String problem) {
    return new BriefingFormatException(location(where, path), problem);
  }

  /**
   * @param e what Jackson reported while {@code p} was reading
   * @param p the parser, for the path
   * @return the same problem in our words
   */
  public static BriefingFormatException translate(JsonProcessingException e, JsonParser p) {
    JsonLocation where = e.getLocation() != null ? e.getLocation() : p.currentLocation();
    return new BriefingFormatException(location(where, ContextPath.of(p.getParsingContext())),
        describe(e, p.streamReadConstraints()), e);
  }

  /**
   * @param e what Jackson reported while opening a parser, before there was one
   * @param limits the limits of the factory that opened it
   * @return the same problem in our words
   */
  public static BriefingFormatException translateAtStart(JsonProcessingException e, StreamReadConstraints limits) {
    return new BriefingFormatException(location(e.getLocation(), JsonPathText.ROOT), describe(e, limits), e);
  }

  /** @return a problem Jackson reported as a plain I/O failure while decoding, in our words */
  public static BriefingFormatException translate(CharConversionException e, JsonParser p) {
    return new BriefingFormatException(location(p.currentLocation(), ContextPath.of(p.getParsingContext())),
        "the input is not valid text: " + e.getMessage(), e);
  }

  private static String describe(JsonProcessingException e, StreamReadConstraints limits) {
    String message = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return limitProblem(message, limits);
    }
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.lookingAt()) {
      return Problems.duplicateProperty(duplicate.group(1));
    }
    Matcher marker = START_MARKER.matcher(message);
    String tidy = marker.replaceAll(" (opened at line $1, column $2)");
    return "malformed JSON: " + Character.toLowerCase(tidy.charAt(0)) + tidy.substring(1);
  }

  private static String limitProblem(String message, StreamReadConstraints limits) {
    if (message.contains("NestingDepth")) {
      return "the document nests deeper than the limit of " + limits.getMaxNestingDepth() + " levels";
    }
    if (message.contains("StringLength")) {
      return "a string is longer than the limit of " + limits.getMaxStringLength() + " characters";
    }
    if (message.contains("DocumentLength")) {
      return "the document is longer than the limit of " + limits.getMaxDocumentLength() + " characters (bytes for binary input)";
    }
    if (message.contains("NumberLength")) {
      return "a number is longer than the limit of " + limits.getMaxNumberLength() + " digits";
    }
    if (message.contains("NameLength")) {
      return "a property name is longer than the limit of " + limits.getMaxNameLength() + " characters";
    }
    if (message.contains("TokenCount")) {
      return "the document has more than the limit of " + limits.getMaxTokenCount() + " tokens";
    }
    return "the document exceeds a read limit: " + message;
  }

  private static Location location(JsonLocation where, String path) {
    Location.Builder location = Location.builder().path(path);
    if (where == null) {
      location.line(1).column(1);
    } else if (where.getLineNr() > 0) {
      location.line(where.getLineNr());
      if (where.getColumnNr() > 0) {
        location.column(where.getColumnNr());
      }
    }
    return location.build();
  }
}

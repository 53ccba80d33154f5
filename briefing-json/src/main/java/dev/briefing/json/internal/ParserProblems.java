package dev.briefing.json.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A JSON parser's own complaint in our words, the same whichever Jackson line made it: a
 * repeated property as {@link Problems#duplicateProperty}, a passed read limit with the limit,
 * anything else as {@code malformed JSON: ...} without the parser's source description.
 *
 * <pre>{@code
 * String problem = ParserProblems.malformed("Unexpected end-of-input in field name");
 * // "malformed JSON: unexpected end-of-input in property name"
 * }</pre>
 */
public final class ParserProblems {

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate (?:field|Object property) '(.*)'", Pattern.DOTALL);
  private static final Pattern START_MARKER = Pattern.compile("\\s*\\(start marker at \\[[^\\]]*\\]\\)");

  private ParserProblems() {}

  /**
   * @param message the parser's message, without its location
   * @return the problem
   */
  public static String malformed(String message) {
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.lookingAt()) {
      return Problems.duplicateProperty(duplicate.group(1));
    }
    // Jackson says where an unclosed object or array opened only sometimes, and in words that
    // differ between its two lines: the message names what is unclosed and nothing more.
    String tidy = START_MARKER.matcher(message).replaceAll("").replace("field name", "property name");
    return "malformed JSON: " + Character.toLowerCase(tidy.charAt(0)) + tidy.substring(1);
  }

  /**
   * The limits are those of the parser that refused, which inside a user's mapper are the
   * mapper's, not the codec's.
   *
   * @param message the parser's message, which names the limit it passed
   * @return the problem, naming the limit
   */
  public static String limitPassed(String message, long maxDocumentLength, int maxStringLength,
      int maxNestingDepth, int maxNameLength, int maxNumberLength, long maxTokenCount) {
    if (message.contains("NestingDepth")) {
      return "the document nests deeper than the limit of " + maxNestingDepth + " levels";
    }
    if (message.contains("StringLength")) {
      return "a string is longer than the limit of " + maxStringLength + " characters";
    }
    if (message.contains("DocumentLength")) {
      return "the document is longer than the limit of " + maxDocumentLength + " characters (bytes for binary input)";
    }
    if (message.contains("NumberLength")) {
      return "a number is longer than the limit of " + maxNumberLength + " digits";
    }
    if (message.contains("NameLength")) {
      return "a property name is longer than the limit of " + maxNameLength + " characters";
    }
    if (message.contains("TokenCount")) {
      return "the document has more than the limit of " + maxTokenCount + " tokens";
    }
    return "the document exceeds a read limit: " + message;
  }

  /** @return a decoding failure, such as a bad UTF-32 sequence, as a problem */
  public static String notText(String message) {
    return "the input is not valid text: " + message;
  }
}

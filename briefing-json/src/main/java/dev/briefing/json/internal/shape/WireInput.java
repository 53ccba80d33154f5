package dev.briefing.json.internal.shape;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.internal.validation.FastValidity;
import dev.briefing.json.internal.Problems;
import dev.briefing.json.internal.SchemaVersion;
import dev.briefing.json.internal.WireDate;
import dev.briefing.json.internal.WireDecimal;
import dev.briefing.json.internal.WireLanguage;
import dev.briefing.json.internal.wire.Token;
import dev.briefing.json.internal.wire.WireReader;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One read of the wire format over a {@link WireReader}: the policy for what the format does
 * not define (unknown properties refused, kept or skipped; {@code null} for an optional property
 * refused or read as absent) and the reading of each kind of value, with the format's messages.
 *
 * <p>An unknown property met before {@code schemaVersion} is held back until the version is
 * known, so a document of a newer major version is reported as such rather than as the first
 * property this reader does not know.
 */
public final class WireInput {

  /** What a read does with a property the format does not define. */
  public enum Unknowns {
    /** An error naming the property and the ones expected (strict reads). */
    REFUSE,
    /** Kept by JSON Pointer as compact JSON (lenient reads). */
    KEEP,
    /** Passed over (a user's mapper with {@code FAIL_ON_UNKNOWN_PROPERTIES} off). */
    SKIP
  }

  private final WireReader r;
  private final Unknowns unknowns;
  private final boolean nullsAsAbsent;
  private final Map<String, String> kept;
  private BriefingFormatException heldBack;
  private boolean versionKnown;
  /** Whether texts are checked for plain text as they are read (for a validating read). */
  private boolean checkingText;
  /** Whether every text checked so far was plain. */
  private boolean textPlain = true;

  private WireInput(WireReader r, Unknowns unknowns, boolean nullsAsAbsent, Map<String, String> kept) {
    this.r = r;
    this.unknowns = unknowns;
    this.nullsAsAbsent = nullsAsAbsent;
    this.kept = kept;
  }

  /** @return a strict read: unknown properties and nulls are errors */
  public static WireInput strict(WireReader r) {
    return new WireInput(r, Unknowns.REFUSE, false, null);
  }

  /**
   * @param kept where unknown properties go, by JSON Pointer
   * @return a lenient read: unknown properties kept, nulls for optional properties absent
   */
  public static WireInput lenient(WireReader r, Map<String, String> kept) {
    return new WireInput(r, Unknowns.KEEP, true, kept);
  }

  /** @return a strict read that passes over unknown properties */
  public static WireInput skippingUnknown(WireReader r) {
    return new WireInput(r, Unknowns.SKIP, false, null);
  }

  /** @return the reader */
  public WireReader reader() {
    return r;
  }

  /** Reads a part on its own (inside a user's type), where no {@code schemaVersion} comes first. */
  public WireInput versionNotExpected() {
    versionKnown = true;
    return this;
  }

  /**
   * Checks each text of the model for plain text while the parser still holds its characters,
   * so that validation need not scan the texts again: see {@link #textIsPlain()}.
   */
  public WireInput checkingText() {
    checkingText = true;
    return this;
  }

  /**
   * @return whether texts were checked and every one was plain, each by the rule of its property;
   *     then {@code FastValidity.isValidButPlainText} decides, else the full validation does
   */
  public boolean textIsPlain() {
    return checkingText && textPlain;
  }

  // ---- structure

  /**
   * @param what the object expected, for the message: "an impact object"
   * @param expected the index in {@code WireNames.ALL} of the name that most likely comes first,
   *     or -1
   * @return the first property name of the object the reader is on, or null when it is empty
   */
  String objectStart(String what, int expected) throws IOException {
    Token token = r.current();
    if (token == Token.BEGIN_OBJECT) {
      return r.nextName(expected);
    }
    // Inside databind, a type id read first leaves the reader on the next name or the end.
    if (token == Token.NAME) {
      return r.currentName();
    }
    if (token == Token.END_OBJECT) {
      return null;
    }
    throw r.error(Problems.expected(what, Token.describe(token)));
  }

  /** Moves to the value of the property the reader is on and requires an array. */
  void arrayStart() throws IOException {
    Token token = r.next();
    if (token != Token.BEGIN_ARRAY) {
      throw r.error(Problems.expected("an array", Token.describe(token)));
    }
  }

  /** @return whether the array the reader is in has another element (then the reader is on it) */
  boolean nextElement() throws IOException {
    return r.next() != Token.END_ARRAY;
  }

  /** Reports a property held back for want of a version, once the whole briefing is read. */
  void endOfBriefing() {
    if (heldBack != null) {
      throw heldBack;
    }
  }

  /** The reader is on the name of a property that the format does not define here. */
  void unknown(String name, List<String> known) throws IOException {
    if (unknowns == Unknowns.KEEP) {
      String pointer = r.pointer();
      r.next();
      kept.put(pointer, RawCopy.toCompact(r));
      return;
    }
    if (unknowns == Unknowns.SKIP) {
      r.next();
      r.skipChildren();
      return;
    }
    BriefingFormatException problem = r.error(Problems.unknownProperty(name, known));
    if (versionKnown) {
      throw problem;
    }
    if (heldBack == null) {
      heldBack = problem;
    }
    r.next();
    r.skipChildren();
  }

  // ---- values: each moves to the value of the property the reader is on

  void schemaVersion() throws IOException {
    Token token = r.next();
    if (token != Token.STRING) {
      throw r.error(Problems.expected("a schemaVersion string such as \"" + SchemaVersion.CURRENT + "\"",
          Token.describe(token)));
    }
    String problem = SchemaVersion.problem(r.text()).orElse(null);
    if (problem != null) {
      throw r.error(problem);
    }
    versionKnown = true;
    if (heldBack != null) {
      throw heldBack;
    }
  }

  String string() throws IOException {
    r.next();
    return currentString();
  }

  /** @return a required single-line text of the model (a label, a title) */
  String line() throws IOException {
    r.next();
    return currentLine();
  }

  /** @return a required text of the model that may hold paragraphs (the signal, an impact) */
  String prose() throws IOException {
    r.next();
    requireString();
    return checked(false);
  }

  /** @return the single-line text the reader is on (an array element) */
  String currentLine() throws IOException {
    requireString();
    return checked(true);
  }

  /** @return an optional single-line text, or null for a null that the policy reads as absent */
  String optionalLine() throws IOException {
    Token token = r.next();
    return token == Token.STRING ? checked(true) : notAString(token);
  }

  /**
   * The string the reader is on, checked for plain text in the parser's buffer first: a scan of
   * characters in place costs far less than the same scan of the String later. After the first
   * text that is not plain, the full validation names the problem, so nothing more is checked.
   */
  private String checked(boolean singleLine) throws IOException {
    if (checkingText && textPlain
        && !FastValidity.isPlain(r.textCharacters(), r.textOffset(), r.textLength(), singleLine)) {
      textPlain = false;
    }
    return r.text();
  }

  /** @return the string the reader is on (an array element) */
  String currentString() throws IOException {
    requireString();
    return r.text();
  }

  private void requireString() {
    Token token = r.current();
    if (token != Token.STRING) {
      throw r.error(Problems.expected("a string", Token.describe(token)));
    }
  }

  /** @return the string, or null for a null that the policy reads as absent */
  String optionalString() throws IOException {
    Token token = r.next();
    return token == Token.STRING ? r.text() : notAString(token);
  }

  /** @return null for a null that the policy reads as absent; otherwise the error */
  private String notAString(Token token) {
    if (token == Token.NULL) {
      if (nullsAsAbsent) {
        return null;
      }
      throw r.error(Problems.expected("a string (leave the property out when there is none)", "NULL"));
    }
    throw r.error(Problems.expected("a string", Token.describe(token)));
  }

  int integer() throws IOException {
    Token token = r.next();
    if (token == Token.INTEGER && r.isInt()) {
      return r.intValue();
    }
    if (token == Token.DECIMAL) {
      // JSON Schema counts 2.0 as an integer; so do we, without ever expanding an exponent.
      String text = r.text();
      if (text.indexOf('e') < 0 && text.indexOf('E') < 0) {
        try {
          return new BigDecimal(text).intValueExact();
        } catch (ArithmeticException e) {
          // not integral or out of range: reported below
        }
      }
    }
    String actual = Token.describe(token);
    if (token == Token.INTEGER || token == Token.DECIMAL) {
      actual = actual + " " + r.text();
    }
    throw r.error(Problems.expected("an integer", actual));
  }

  /** @return an optional integer; absent (null) only for a null the policy reads as absent */
  Integer optionalInteger() throws IOException {
    Token token = r.next();
    if (token == Token.NULL && nullsAsAbsent) {
      return null;
    }
    return integerHere(token);
  }

  private int integerHere(Token token) throws IOException {
    if (token == Token.INTEGER && r.isInt()) {
      return r.intValue();
    }
    throw r.error(Problems.expected("an integer", Token.describe(token)));
  }

  boolean bool() throws IOException {
    Token token = r.next();
    if (token == Token.TRUE || token == Token.FALSE) {
      return token == Token.TRUE;
    }
    throw r.error(Problems.expected("a boolean", Token.describe(token)));
  }

  BigDecimal decimal() throws IOException {
    Token token = r.next();
    if (token != Token.STRING) {
      throw r.error(Problems.expected("a string", Token.describe(token)));
    }
    // Read in the parser's buffer: a quantity's bounds need no String of their own.
    BigDecimal decimal = WireDecimal.parse(r.textCharacters(), r.textOffset(), r.textLength());
    if (decimal == null) {
      throw r.error(Problems.expected("a decimal number as a string, such as \"72300000000\"",
          "\"" + Problems.shorten(r.text()) + "\""));
    }
    return decimal;
  }

  OffsetDateTime date(String text) {
    OffsetDateTime date = WireDate.parse(text);
    if (date == null) {
      throw r.error(Problems.expected("an RFC 3339 date-time such as \"2026-02-10T09:00:00Z\"",
          "\"" + Problems.shorten(text) + "\""));
    }
    return date;
  }

  Locale language(String text) {
    Locale locale = WireLanguage.parse(text);
    if (locale == null) {
      throw r.error(Problems.expected("a BCP 47 language tag such as \"en-US\"",
          "\"" + Problems.shorten(text) + "\""));
    }
    return locale;
  }

  URI uri(String text) {
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw r.error(Problems.expected("a URI such as \"https://example.com/\"",
          "\"" + Problems.shorten(text) + "\" (" + e.getReason() + ")"));
    }
  }
}

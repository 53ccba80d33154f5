package dev.briefing.render.internal;

import dev.briefing.kit.internal.TextRuns;
import dev.briefing.render.internal.tolerant.SameText;
import java.io.IOException;
import java.util.Arrays;
import java.util.BitSet;
import org.owasp.encoder.Encode;

/**
 * Writes user text as HTML element content or attribute values, escaped by the OWASP Java
 * Encoder.
 *
 * <p>Before encoding, characters HTML does not allow in a document are replaced with U+FFFD
 * (control characters other than tab and line feed, lone surrogates, noncharacters) and CR and
 * CRLF become LF, as an HTML parser would read them; {@link #clean(String)} is that step alone,
 * so a reader can predict every text node. Text holding bidirectional controls is wrapped in
 * {@code <bdi>}, so an unterminated override cannot reorder the labels and punctuation
 * around it.
 */
public final class HtmlText {

  /** The bidirectional controls, first and last of each range: text holding one is isolated in {@code <bdi>}. */
  private static final char[][] BIDI_CONTROLS = {{0x061C, 0x061C}, {0x200E, 0x200F}, {0x202A, 0x202E}, {0x2066, 0x2069}};
  /** See {@link #passes(char)}. */
  private static final long[] PASSES = passingCharacters();

  private HtmlText() {}

  /**
   * @param out where to write
   * @param text the text, written as element content
   * @throws IOException when {@code out} fails
   */
  public static void content(Appendable out, String text) throws IOException {
    content(out, text, 0, text.length());
  }

  /**
   * @param out where to write
   * @param text the text, written as element content
   * @param from first index
   * @param to end index (exclusive)
   * @throws IOException when {@code out} fails
   */
  public static void content(Appendable out, String text, int from, int to) throws IOException {
    // Nearly all text is allowed as it is and has no bidi controls: escape it straight onto the
    // output, in runs, without the copies cleaning and encoding make. The rest takes the long way.
    if (out instanceof StringBuilder) {
      // One pass: escape while checking, and take back what was written if the check fails,
      // since a bidi control anywhere puts the whole text in <bdi>.
      StringBuilder builder = (StringBuilder) out;
      int mark = builder.length();
      if (escapeIfPlain(builder, text, from, to)) {
        return;
      }
      builder.setLength(mark);
      encodeContent(out, from == 0 && to == text.length() ? text : text.substring(from, to));
    } else if (isPlain(text, from, to)) {
      escapeContent(out, text, from, to, out instanceof SameText);
    } else {
      encodeContent(out, from == 0 && to == text.length() ? text : text.substring(from, to));
    }
  }

  // Package-private: the tests hold the fast path to it.
  static void encodeContent(Appendable out, String text) throws IOException {
    String clean = clean(text);
    boolean isolate = hasBidiControl(clean);
    if (isolate) {
      out.append("<bdi>");
    }
    out.append(Encode.forHtmlContent(clean));
    if (isolate) {
      out.append("</bdi>");
    }
  }

  /** Whether the span needs neither cleaning nor isolation: what the fast path may write. Package-private for the tests. */
  static boolean isPlain(String text, int from, int to) {
    int length = to - from;
    char[] chars = SpanChars.of(text, from, to);
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (passes(c) || c == '&' || c == '<' || c == '>') {
        continue;
      }
      if (c < 0x20 || !isPlainPairHalf(chars, i, length)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Whether the surrogate at {@code i} is half of a well-formed pair inside the span, for a code
   * point that is no noncharacter: the encoder copies such a pair as it is. A low half is
   * judged by its high half, which the scan, going forward, has already accepted. Emoji are
   * common enough in news text that sending every paragraph holding one the long way costs a
   * batch dearly.
   */
  private static boolean isPlainPairHalf(char[] span, int i, int length) {
    char c = span[i];
    if (Character.isHighSurrogate(c)) {
      return i + 1 < length && Character.isLowSurrogate(span[i + 1])
          && (Character.toCodePoint(c, span[i + 1]) & 0xFFFE) != 0xFFFE;
    }
    return Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(span[i - 1]);
  }

  /**
   * Whether the character is written as it is, alone: tab, line feed, printable ASCII but the
   * three that {@link #escapeIfPlain} turns into entities, and everything from U+00A0 up that
   * is not a surrogate (pairs are {@link #isPlainPairHalf}'s), a noncharacter or a bidi
   * control. One bit each, so that text in any script costs one test a character, as ASCII
   * does.
   */
  private static boolean passes(char c) {
    return (PASSES[c >>> 6] & 1L << c) != 0;
  }

  /** Set by ranges: a test of each of the 65,536 characters would cost start-up milliseconds. */
  private static long[] passingCharacters() {
    BitSet passing = new BitSet(Character.MAX_VALUE + 1);
    passing.set('\t');
    passing.set('\n');
    passing.set(0x20, 0x7F);
    passing.clear('&');
    passing.clear('<');
    passing.clear('>');
    passing.set(0xA0, Character.MIN_SURROGATE);
    passing.set(Character.MAX_SURROGATE + 1, 0xFDD0);
    passing.set(0xFDF0, 0xFFFE);
    for (char[] range : BIDI_CONTROLS) {
      passing.clear(range[0], range[1] + 1);
    }
    return Arrays.copyOf(passing.toLongArray(), (Character.MAX_VALUE + 1) / 64);
  }

  /**
   * {@link #isPlain} and {@link #escapeContent} in one loop.
   *
   * @return false, with part of the text written, when the span is not plain
   */
  static boolean escapeIfPlain(StringBuilder out, String text, int from, int to) {
    int length = to - from;
    char[] chars = SpanChars.of(text, from, to);
    int run = from;
    for (int i = 0; i < length; i++) {
      char c = chars[i];
      if (passes(c)) {
        continue;
      }
      // Above '>' and not passing: a surrogate, a noncharacter, a bidi or C1 control.
      if (c > '>') {
        if (isPlainPairHalf(chars, i, length)) {
          continue;
        }
        return false;
      }
      String entity;
      if (c == '&') {
        entity = "&amp;";
      } else if (c == '<') {
        entity = "&lt;";
      } else if (c == '>') {
        entity = "&gt;";
      } else {
        return false; // a C0 control other than tab and line feed
      }
      appendRun(out, text, run, from + i);
      out.append(entity);
      run = from + i + 1;
    }
    if (run == 0 && to == text.length()) {
      out.append(text);
    } else {
      appendRun(out, text, run, to);
    }
    return true;
  }

  /**
   * Once a page holds one character above U+00FF its buffer stores two bytes a character, and
   * on Java 17 appending part of a one-byte string to it goes a character at a time through
   * {@code charAt}; a whole string is widened with one array copy, so a long run is cut first.
   */
  private static void appendRun(StringBuilder out, String text, int from, int to) {
    if (to - from < 32) {
      out.append(text, from, to);
    } else {
      out.append(text.substring(from, to));
    }
  }

  /**
   * The OWASP encoder's element-content escaping, for text {@link #isPlain} accepted.
   *
   * @param ranges whether runs go to {@code out} as ranges of the text: a comparison reads them
   *     where they are, and the substrings {@link TextRuns} makes for a buffer would be a copy
   */
  private static void escapeContent(Appendable out, String text, int from, int to, boolean ranges)
      throws IOException {
    int run = from;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      String entity;
      if (c == '&') {
        entity = "&amp;";
      } else if (c == '<') {
        entity = "&lt;";
      } else if (c == '>') {
        entity = "&gt;";
      } else {
        continue;
      }
      copy(out, text, run, i, ranges);
      out.append(entity);
      run = i + 1;
    }
    copy(out, text, run, to, ranges);
  }

  private static void copy(Appendable out, String text, int from, int to, boolean ranges) throws IOException {
    if (from == to) {
      return;
    }
    if (ranges) {
      out.append(text, from, to);
    } else {
      TextRuns.copy(out, text, from, to);
    }
  }

  /**
   * @param out where to write
   * @param text the text, written inside {@code <title>}, where no markup is allowed
   * @throws IOException when {@code out} fails
   */
  public static void title(Appendable out, String text) throws IOException {
    out.append(Encode.forHtmlContent(clean(text)));
  }

  /**
   * @param out where to write
   * @param text the text, written inside a double-quoted attribute value
   * @throws IOException when {@code out} fails
   */
  public static void attribute(Appendable out, String text) throws IOException {
    out.append(Encode.forHtmlAttribute(clean(text)));
  }

  /**
   * @param text user text
   * @return the text as it reads back from the rendered HTML
   */
  public static String clean(String text) {
    int length = text.length();
    int i = 0;
    while (i < length && isAllowed(text, i)) {
      i += Character.isHighSurrogate(text.charAt(i)) ? 2 : 1;
    }
    if (i >= length) {
      return text;
    }
    StringBuilder out = new StringBuilder(length).append(text, 0, i);
    while (i < length) {
      char c = text.charAt(i);
      if (isAllowed(text, i)) {
        int width = Character.isHighSurrogate(c) ? 2 : 1;
        out.append(text, i, i + width);
        i += width;
      } else {
        if (c == '\r') {
          out.append('\n');
          i += i + 1 < length && text.charAt(i + 1) == '\n' ? 2 : 1;
        } else {
          out.append('\uFFFD');
          i++;
        }
      }
    }
    return out.toString();
  }

  private static boolean isAllowed(String text, int i) {
    char c = text.charAt(i);
    if (c < 0x20) {
      return c == '\n' || c == '\t';
    }
    if (c < 0x7F) {
      return true;
    }
    if (c <= 0x9F) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
        return false;
      }
      int codePoint = Character.toCodePoint(c, text.charAt(i + 1));
      return (codePoint & 0xFFFE) != 0xFFFE;
    }
    if (Character.isLowSurrogate(c)) {
      return false;
    }
    return !(c >= 0xFDD0 && c <= 0xFDEF) && c != 0xFFFE && c != 0xFFFF;
  }

  static boolean hasBidiControl(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      for (char[] range : BIDI_CONTROLS) {
        if (c >= range[0] && c <= range[1]) {
          return true;
        }
      }
    }
    return false;
  }
}

package dev.briefing.render.internal;

import dev.briefing.kit.internal.TextRuns;
import dev.briefing.render.internal.repair.RepairTrigger;
import java.io.IOException;

/**
 * Escapes user text for CommonMark so that a CommonMark parser reads it back as exactly the
 * same characters, as plain text inside whatever structure surrounds it.
 *
 * <p>Every piece is written on one line. Characters that can start inline markup (emphasis,
 * code, links, GFM tables and strikethrough, heading closers) get a backslash everywhere;
 * {@code &} and {@code <} get one only where they could open a character reference, raw HTML or
 * an autolink, judged from what follows them in the piece (and always at the piece's end, where
 * what follows is unknown). Characters that start a block (block quotes, lists, thematic
 * breaks, setext underlines) get one at the start of a line. What the parser would strip or
 * reinterpret is written as a numeric character reference, which CommonMark decodes back to the
 * character: leading and trailing whitespace (also Unicode spaces, which would break the
 * emphasis delimiters around the piece), line breaks, and control characters. NUL and lone
 * surrogates cannot survive any encoding and become U+FFFD, as CommonMark itself does. A
 * character the parser's repair would change or flag ({@code Â} in {@code Â¯}, a {@code โ}
 * outside Thai text) is also written as a reference, because the repair reads the raw document
 * and never sees through references.
 *
 * <pre>{@code
 * StringBuilder out = new StringBuilder();
 * MarkdownText.append(out, "R&D <3 *now* &amp; <b>");   // R&D <3 \*now\* \&amp; \<b>
 * }</pre>
 */
public final class MarkdownText {

  private static final byte BACKSLASH = 1;
  private static final byte REFERENCE = 2;
  private static final byte LOOK_AHEAD = 3;

  /**
   * What each ASCII character needs: 0 nothing, {@link #BACKSLASH}, a character
   * {@link #REFERENCE}, or a backslash only when what follows it can make markup
   * ({@link #LOOK_AHEAD}). {@code >} is absent: it only matters where a line starts.
   */
  private static final byte[] ASCII = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ASCII[c] = REFERENCE;
    }
    ASCII['\t'] = 0;
    ASCII[0x7F] = REFERENCE;
    for (char c : "\\`*_[]#|~!".toCharArray()) {
      ASCII[c] = BACKSLASH;
    }
    ASCII['&'] = LOOK_AHEAD;
    ASCII['<'] = LOOK_AHEAD;
  }

  /** The punctuation CommonMark allows before the {@code @} of an email autolink. */
  private static final String EMAIL_LOCAL_PUNCTUATION = ".!#$%&'*+/=?^_`{|}~-";

  private MarkdownText() {}

  /**
   * @param out where to write
   * @param text the text
   * @param from first index
   * @param to end index (exclusive)
   * @param lineStart whether the piece starts a line, so block markers ({@code >}, list
   *     markers, setext underlines) must be escaped; a piece written without it must follow
   *     other text on its line, or its {@code >} would open a block quote
   * @throws IOException when {@code out} fails
   */
  public static void append(Appendable out, String text, int from, int to, boolean lineStart) throws IOException {
    int lead = from;
    while (lead < to && isSpace(text.charAt(lead))) {
      lead++;
    }
    int trail = to;
    while (trail > lead && isSpace(text.charAt(trail - 1))) {
      trail--;
    }
    for (int i = from; i < lead; i++) {
      reference(out, text.charAt(i));
    }
    if (lead < trail) {
      int start = lead;
      if (lineStart) {
        start = escapeBlockStart(out, text, lead, trail);
      }
      body(out, text, start, trail);
    }
    for (int i = trail; i < to; i++) {
      reference(out, text.charAt(i));
    }
  }

  /**
   * @param out where to write
   * @param text the whole text, one inline piece
   * @throws IOException when {@code out} fails
   */
  public static void append(Appendable out, String text) throws IOException {
    append(out, text, 0, text.length(), false);
  }

  /**
   * Writes a link destination, without angle brackets, that a CommonMark parser reads back as
   * exactly {@code url}. Every ASCII punctuation character that means something in a
   * destination gets a backslash: parentheses, which would end it unless balanced, the
   * backslash, {@code <} and {@code >}, and {@code &}, which would open a character reference
   * ({@code https://evil.example&sol;@good.example/} would otherwise link to evil.example). What
   * the parser's repair would change is written as a character reference, as in text; spaces
   * and control characters, which would end the destination, cannot occur in a {@link
   * java.net.URI}.
   *
   * <pre>{@code
   * MarkdownText.destination(out, "https://x.example/a_(b)?c=1&amp;d"); // https://x.example/a_\(b\)?c=1\&amp;d
   * }</pre>
   *
   * @param out where to write
   * @param url the address as the model holds it
   * @throws IOException when {@code out} fails
   */
  public static void destination(Appendable out, String url) throws IOException {
    int run = 0;
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '(' || c == ')' || c == '\\' || c == '<' || c == '>' || c == '&') {
        TextRuns.copy(out, url, run, i);
        out.append('\\').append(c);
        run = i + 1;
      } else if (RepairTrigger.mayStart(c) && RepairTrigger.at(url, i)) {
        TextRuns.copy(out, url, run, i);
        reference(out, c);
        run = i + 1;
      }
    }
    TextRuns.copy(out, url, run, url.length());
  }

  /**
   * Undoes what {@link #append} and {@link #destination} write, as a CommonMark parser would
   * for that output: a backslash before ASCII punctuation leaves the punctuation, a decimal
   * character reference ({@code &#32;}) becomes its character. Nothing else in the writer's
   * output is an escape, since every backslash and every {@code &} that could open a
   * reference in the text is itself escaped; on other input the result is only a guess, which
   * writing it again shows.
   *
   * <pre>{@code
   * String written = "R&D <3 \\*now\\* \\&amp;&#32;";
   * MarkdownText.unescape(written, 0, written.length());   // "R&D <3 *now* &amp; "
   * }</pre>
   *
   * @param written the writer's output
   * @param from first index
   * @param to end index (exclusive)
   * @return the text that was written
   */
  public static String unescape(String written, int from, int to) {
    int run = from;
    while (run < to && written.charAt(run) != '\\' && written.charAt(run) != '&') {
      run++;
    }
    if (run == to) {
      return written.substring(from, to);
    }
    StringBuilder text = new StringBuilder(to - from).append(written, from, run);
    for (int i = run; i < to; ) {
      char c = written.charAt(i);
      if (c == '\\' && i + 1 < to && isAsciiPunctuation(written.charAt(i + 1))) {
        text.append(written.charAt(i + 1));
        i += 2;
        continue;
      }
      if (c == '&' && i + 1 < to && written.charAt(i + 1) == '#') {
        int end = i + 2;
        int code = 0;
        while (end < to && end - i < 9 && written.charAt(end) >= '0' && written.charAt(end) <= '9') {
          code = code * 10 + written.charAt(end) - '0';
          end++;
        }
        if (end > i + 2 && end < to && written.charAt(end) == ';' && code > 0 && Character.isValidCodePoint(code)) {
          text.appendCodePoint(code);
          i = end + 1;
          continue;
        }
      }
      text.append(c);
      i++;
    }
    return text.toString();
  }

  /** CommonMark 0.31.2, 2.1: the characters a backslash escapes. */
  private static boolean isAsciiPunctuation(char c) {
    return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~';
  }

  /** Writes whatever at the start of the line could open a block; returns where the rest starts. */
  private static int escapeBlockStart(Appendable out, String text, int from, int to) throws IOException {
    char first = text.charAt(from);
    // CommonMark 0.31.2, 5.1 Block quotes: a ">" opens one only as a line's first character
    // (after up to three spaces, which a piece never starts with: they are references).
    if (first == '-' || first == '+' || first == '=' || first == '>') {
      out.append('\\').append(first);
      return from + 1;
    }
    int digits = from;
    while (digits < to && digits - from < 10 && text.charAt(digits) >= '0' && text.charAt(digits) <= '9') {
      digits++;
    }
    if (digits > from && digits < to && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
      out.append(text, from, digits).append('\\').append(text.charAt(digits));
      return digits + 1;
    }
    return from;
  }

  private static void body(Appendable out, String text, int from, int to) throws IOException {
    int run = from;
    for (int i = next(text, from, to); i < to; i = next(text, i + 1, to)) {
      char c = text.charAt(i);
      if (c < 0x80) {
        byte need = ASCII[c];
        if (need == LOOK_AHEAD && !opensMarkup(c, text, i + 1, to)) {
          continue;
        }
        TextRuns.copy(out, text, run, i);
        if (need != REFERENCE) {
          out.append('\\').append(c);
        } else {
          reference(out, c);
        }
        run = i + 1;
      } else if (c <= 0x9F || Character.isSurrogate(c)) {
        if (Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1))) {
          i++;
          continue;
        }
        TextRuns.copy(out, text, run, i);
        reference(out, c);
        run = i + 1;
      } else if (RepairTrigger.at(text, i)) {
        // The parser repairs the raw document before CommonMark reads it; a reference keeps
        // undamaged text such as "Â¯" out of the repair's sight.
        TextRuns.copy(out, text, run, i);
        reference(out, c);
        run = i + 1;
      }
    }
    TextRuns.copy(out, text, run, to);
  }

  /** Whether an {@code &} or {@code <} followed by {@code text[from, to)} could start markup. */
  private static boolean opensMarkup(char c, String text, int from, int to) {
    return c == '&' ? opensReference(text, from, to) : opensTagOrAutolink(text, from, to);
  }

  /**
   * CommonMark 0.31.2, 2.5 Entity and numeric character references: a reference is {@code &},
   * a name of ASCII letters and digits or {@code #} and digits, then {@code ;}. Any {@code &#},
   * and any run of letters and digits that ends in {@code ;}, is escaped without asking whether
   * the name is a known entity or the number in range; a run that reaches the piece's end is
   * escaped because the caller's next characters are unknown. Every other {@code &} is literal
   * text to the parser.
   */
  private static boolean opensReference(String text, int from, int to) {
    if (from == to || text.charAt(from) == '#') {
      return true;
    }
    int end = from;
    while (end < to && isAsciiLetterOrDigit(text.charAt(end))) {
      end++;
    }
    return end == to || end > from && text.charAt(end) == ';';
  }

  /**
   * CommonMark 0.31.2, 6.7 Raw HTML (and 4.6 HTML blocks at a line's start): an open tag starts
   * with {@code <} and a letter, a closing tag with {@code </}, a comment, declaration or CDATA
   * section with {@code <!}, a processing instruction with {@code <?}. 6.6 Autolinks: a URI
   * autolink starts with {@code <} and a letter, an email autolink with {@code <}, one or more
   * characters that {@link #isEmailLocal} accepts, and {@code @}. Whatever else follows a
   * {@code <} leaves it literal text; at the piece's end the next characters are unknown, so it
   * is escaped.
   */
  private static boolean opensTagOrAutolink(String text, int from, int to) {
    if (from == to) {
      return true;
    }
    char next = text.charAt(from);
    if (next == '/' || next == '!' || next == '?' || isAsciiLetter(next)) {
      return true;
    }
    int end = from;
    while (end < to && isEmailLocal(text.charAt(end))) {
      end++;
    }
    return end == to || end > from && text.charAt(end) == '@';
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return isAsciiLetter(c) || (c >= '0' && c <= '9');
  }

  /** The characters before the {@code @} of an email autolink, as CommonMark 0.31.2, 6.6 lists them. */
  private static boolean isEmailLocal(char c) {
    return isAsciiLetterOrDigit(c) || EMAIL_LOCAL_PUNCTUATION.indexOf(c) >= 0;
  }

  /**
   * The scan on its own, a loop without calls that the compiler keeps tight: nearly every
   * character is answered by the ASCII table or one range test.
   *
   * @return the index of the first character at or after {@code from} that may need more than
   *     copying (table entry, C1 control, surrogate, repair trigger), or {@code to}
   */
  private static int next(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c < 0x80 ? ASCII[c] != 0 : c <= 0x9F || Character.isSurrogate(c) || RepairTrigger.mayStart(c)) {
        return i;
      }
    }
    return to;
  }

  /** Whitespace CommonMark strips at a line's ends or that breaks emphasis flanking. */
  private static boolean isSpace(char c) {
    // Printable ASCII and the C1 controls are no spaces: most pieces start and end with one,
    // so they skip the Unicode table; U+00A0 is the first space after them.
    if (c > ' ' && c < '\u00A0') {
      return false;
    }
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B
        || Character.getType(c) == Character.SPACE_SEPARATOR;
  }

  private static void reference(Appendable out, char c) throws IOException {
    if (c == 0 || Character.isSurrogate(c)) {
      out.append('\uFFFD');
      return;
    }
    out.append("&#").append(Integer.toString(c)).append(';');
  }
}

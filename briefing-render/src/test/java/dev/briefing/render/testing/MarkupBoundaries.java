package dev.briefing.render.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Text around the places where CommonMark starts to read {@code &}, {@code <} and
 * {@code >} as markup: entity and numeric references with and without their {@code ;}, every
 * ASCII character after a {@code <}, email-like runs, block quote markers, and strings that end
 * in the middle of any of these. The Markdown escape writes these characters bare only where
 * they cannot start markup, so these are the strings that would show an escape left out.
 *
 * <pre>{@code
 * for (String text : MarkupBoundaries.chosen()) { ... }
 * }</pre>
 */
public final class MarkupBoundaries {

  private static final List<String> CHOSEN = List.of(
      // references: named, numeric, hexadecimal, unknown names, without ";" or cut off by the end
      "&amp;", "&amp", "a &amp; b", "&amp ;", "&#38;", "&#x26;", "&#X26;", "&#", "&#;", "&;", "& ;", "&",
      "x &", "R&D", "AT&T's", "AT&T", "&copy;x", "&copy", "&nosuchentity;", "a&b1;", "&1;", "&ab_c;",
      "& amp;", "&&amp;", "&amp;&", "&a-b;", "&a.b;", "&éa;", "&a", "x&#", "&#12", "&amp&amp;",
      // tags, comments, declarations, processing instructions, CDATA, autolinks
      "<b>", "</b>", "<!-- c -->", "<!x>", "<?php ?>", "<![CDATA[x]]>", "<http://x.y>", "<a.b+c@d>",
      "<a.b+c@d.e>", "<3@x.y>", "<3@x.y", "<-a@b.c>", "<.@x>", "<@x.y>", "<3 @x>", "<3&@x>", "<3>", "<->",
      "< 3", "<3", "<", "x<", "x <", "<<a>", "<<3>", "<=>", "a<-b", "1 < 2 > 0", "lab <3>", "R&D <-> revenue",
      "<3;", "<#@x>", "<~a@b>", "<3\\@x>", "<3*@x>", "<3`@x>",
      // block quotes at a line's start, after leading references, and inside a line
      ">", "> quote", ">> x", ">-x", "a > b", "a>", "  > x", " >x", "x >", ">&", "><", "&>", "<>",
      // digits and block markers next to the characters above
      "1. <b>", "1) &amp;", "- <3>", "> - x",
      // later paragraphs, which start a line of their own (indented inside a list item)
      "a\n\n> quote", "a\n\n>", "a\n\n&amp;", "a\n\n<b>", "a\n\n<3@x.y>");

  /** Characters that move the escape's decisions, and a few plain ones between them. */
  private static final String ALPHABET = "&<>#;@aZ9.-_ /!?:x\\*`";

  private MarkupBoundaries() {}

  /** @return hand-picked strings, then each printable ASCII character after {@code <} and after {@code &} */
  public static List<String> chosen() {
    List<String> all = new ArrayList<>(CHOSEN);
    for (char c = '!'; c <= '~'; c++) {
      all.add("<" + c);
      all.add("a <" + c + "b@c.d> e");
      all.add("&" + c);
      all.add("a &" + c + "b; c");
    }
    return all;
  }

  /**
   * @param count how many strings
   * @param seed the random seed, so a failure can be replayed
   * @return short strings over an alphabet of the characters the escape decides on
   */
  public static List<String> generated(int count, long seed) {
    Random random = new Random(seed);
    List<String> all = new ArrayList<>(count);
    while (all.size() < count) {
      int length = 1 + random.nextInt(8);
      StringBuilder text = new StringBuilder(length);
      for (int i = 0; i < length; i++) {
        text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
      }
      String candidate = text.toString();
      if (!candidate.isBlank()) {
        all.add(candidate);
      }
    }
    return all;
  }
}

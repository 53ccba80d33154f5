package dev.briefing.render.html;

/**
 * What an HTML parser reads back from user text: CR and CRLF become LF, and characters HTML does
 * not allow (controls other than tab and LF, lone surrogates, noncharacters) become U+FFFD.
 */
final class ExpectedHtmlText {
  private ExpectedHtmlText() {}

  static String of(String text) {
    String lf = text.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(lf.length());
    lf.codePoints().forEach(cp -> {
      boolean control = cp < 0x20 && cp != '\n' && cp != '\t' || cp >= 0x7F && cp <= 0x9F;
      boolean nonCharacter = cp >= 0xFDD0 && cp <= 0xFDEF || (cp & 0xFFFE) == 0xFFFE;
      boolean loneSurrogate = cp >= 0xD800 && cp <= 0xDFFF;
      out.appendCodePoint(control || nonCharacter || loneSurrogate ? 0xFFFD : cp);
    });
    return out.toString();
  }
}

package dev.briefing.render.internal.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the renderer's article from markup written as the renderer writes it: lower-case start
 * tags of {@link OwnArticle#ELEMENTS} with double-quoted attributes, an end tag for each, and text
 * whose only references are the five its escaping writes. Anything else (a comment, an element it
 * never writes, an end tag out of order, any other reference, a NUL or a carriage return) stops the
 * scan, and the page goes to jsoup. One pass, no backtracking; the nesting is bounded, since the
 * renderer's is shallow.
 */
final class OwnArticleScanner {
  /** Deeper than any article the renderer writes (article, section, dl, dd, table, tbody, tr, td, cite, bdi). */
  private static final int DEEPEST = 16;

  private final String page;
  private int at;
  /** The text since the last tag: a span of the page until a reference is decoded, then a copy. */
  private int textStart = -1;
  private final StringBuilder text = new StringBuilder();
  /** An attribute value holding a reference, as it is decoded. */
  private final StringBuilder attributeValue = new StringBuilder();
  /** The next {@code &} at or after {@code at}, or the page's length; below {@code at} when not yet looked for. */
  private int nextReference = -1;
  /** The next NUL or carriage return, which stop the scan, likewise. */
  private int nextStop = -1;

  private OwnArticleScanner(String page, int from) {
    this.page = page;
    this.at = from;
  }

  /**
   * @param page the page
   * @param from where its {@code <article} begins
   * @return the article, or null when the markup is not the renderer's
   */
  static OwnElement article(String page, int from) {
    return new OwnArticleScanner(page, from).scan();
  }

  private OwnElement scan() {
    List<OwnElement> open = new ArrayList<>(DEEPEST);
    OwnElement article = startTag();
    if (article == null || !article.name().equals("article")) {
      return null;
    }
    open.add(article);
    int length = page.length();
    while (at < length) {
      char c = page.charAt(at);
      if (c == '<') {
        OwnElement current = open.get(open.size() - 1);
        flushText(current);
        if (at + 1 < length && page.charAt(at + 1) == '/') {
          if (!endTag(current.name())) {
            return null;
          }
          open.remove(open.size() - 1);
          if (open.isEmpty()) {
            return article;
          }
        } else {
          OwnElement element = startTag();
          if (element == null || open.size() == DEEPEST) {
            return null;
          }
          current.add(element);
          open.add(element);
        }
      } else if (c == '&') {
        if (textStart >= 0) {
          text.append(page, textStart, at);
          textStart = -1;
        }
        if (!reference(text)) {
          return null;
        }
      } else if (c == '\0' || c == '\r') {
        return null;
      } else {
        int run = at;
        at = runEnd();
        if (text.length() > 0) {
          text.append(page, run, at);
        } else {
          textStart = run;
        }
      }
    }
    return null;
  }

  /**
   * @return where the text run at {@code at} ends: at the next {@code <}, {@code &}, NUL or
   *     carriage return, or the end of the page. Each is found with {@code indexOf}, which looks
   *     at many characters at once, where a loop over the characters looks at one; the later
   *     ones are kept, since references and NULs are rare, and looked for again once passed.
   */
  private int runEnd() {
    if (nextReference < at) {
      nextReference = found(page.indexOf('&', at));
    }
    if (nextStop < at) {
      nextStop = Math.min(found(page.indexOf('\0', at)), found(page.indexOf('\r', at)));
    }
    int end = Math.min(nextReference, nextStop);
    int tag = page.indexOf('<', at);
    return tag >= 0 && tag < end ? tag : end;
  }

  private int found(int index) {
    return index < 0 ? page.length() : index;
  }

  private void flushText(OwnElement current) {
    if (text.length() > 0) {
      if (textStart >= 0) {
        text.append(page, textStart, at);
      }
      current.add(text.toString());
      text.setLength(0);
    } else if (textStart >= 0 && textStart < at) {
      current.add(page.substring(textStart, at));
    }
    textStart = -1;
  }

  /** A start tag at {@code at}: {@code <name attr="value" ...>}. */
  private OwnElement startTag() {
    int nameEnd = nameEnd(at + 1);
    if (nameEnd < 0) {
      return null;
    }
    String name = OwnArticle.ELEMENTS.get(page.substring(at + 1, nameEnd));
    if (name == null) {
      return null;
    }
    OwnElement element = new OwnElement(name);
    at = nameEnd;
    StringBuilder value = attributeValue;
    while (at < page.length()) {
      char c = page.charAt(at);
      if (c == '>') {
        at++;
        return element;
      }
      if (c != ' ') {
        return null;
      }
      int keyEnd = nameEnd(at + 1);
      if (keyEnd < 0 || keyEnd + 1 >= page.length() || page.charAt(keyEnd) != '=' || page.charAt(keyEnd + 1) != '"') {
        return null;
      }
      // A repeated attribute is kept, as jsoup keeps it, and found first, as jsoup finds it.
      String key = page.substring(at + 1, keyEnd);
      at = keyEnd + 2;
      int plainEnd = page.indexOf('"', at);
      if (plainEnd >= 0 && isPlainValue(at, plainEnd)) {
        element.attribute(key, page.substring(at, plainEnd));
        at = plainEnd + 1;
        continue;
      }
      value.setLength(0);
      while (true) {
        if (at >= page.length()) {
          return null;
        }
        c = page.charAt(at);
        if (c == '"') {
          at++;
          break;
        }
        if (c == '&') {
          if (!reference(value)) {
            return null;
          }
        } else if (c == '\0' || c == '\r' || c == '<') {
          return null;
        } else {
          value.append(c);
          at++;
        }
      }
      element.attribute(key, value.toString());
    }
    return null;
  }

  private boolean isPlainValue(int from, int to) {
    for (int i = from; i < to; i++) {
      char c = page.charAt(i);
      if (c == '&' || c == '<' || c == '\0' || c == '\r') {
        return false;
      }
    }
    return true;
  }

  /** An end tag at {@code at} closing the element of that name. */
  private boolean endTag(String name) {
    int end = at + 2 + name.length();
    if (end >= page.length() || !page.startsWith(name, at + 2) || page.charAt(end) != '>') {
      return false;
    }
    at = end + 1;
    return true;
  }

  /** @return the end of a lower-case name of letters, digits and hyphens from {@code from}, or -1 for none */
  private int nameEnd(int from) {
    int i = from;
    while (i < page.length()) {
      char c = page.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' && i > from || c == '-' && i > from)) {
        break;
      }
      i++;
    }
    return i > from ? i : -1;
  }

  /** Decodes the reference at {@code at}: those the OWASP encoder writes for content and attributes. */
  private boolean reference(StringBuilder out) {
    char decoded;
    int length;
    if (page.startsWith("&amp;", at)) {
      decoded = '&';
      length = 5;
    } else if (page.startsWith("&lt;", at)) {
      decoded = '<';
      length = 4;
    } else if (page.startsWith("&gt;", at)) {
      decoded = '>';
      length = 4;
    } else if (page.startsWith("&#34;", at)) {
      decoded = '"';
      length = 5;
    } else if (page.startsWith("&#39;", at)) {
      decoded = '\'';
      length = 5;
    } else {
      return false;
    }
    out.append(decoded);
    at += length;
    return true;
  }
}

package dev.briefing.render.internal.html;

/**
 * The page around the article, as the HTML renderer writes it in full-document mode, stated once
 * for the renderer that writes it and the reader that recognises it. The reader uses it to hand
 * jsoup only the article of a page the library wrote: the head (with its JSON-LD block the size
 * of the briefing's text) holds nothing the article is read from.
 */
public final class OwnDocument {
  /** From the start of the page to the value of the {@code html} element's {@code lang}. */
  public static final String START = "<!DOCTYPE html>\n<html lang=\"";
  /** From the end of the {@code lang} value to the title's text. */
  public static final String HEAD = "\">\n<head>\n<meta charset=\"utf-8\">\n"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  /** The end of the title. */
  public static final String TITLE_CLOSE = "</title>\n";
  /** Before the JSON-LD, when the page has it. */
  public static final String SCRIPT_OPEN = "<script type=\"application/ld+json\">";
  /** After the JSON-LD. */
  public static final String SCRIPT_CLOSE = "</script>\n";
  /** From the end of the head's title or JSON-LD to the article: the style sheet and the start of the body. */
  public static final String STYLE = "<style>\n"
      + "body{margin:0;padding:24px 12px;background:#f4f4f1;color:#1f1f1f;"
      + "font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:1.55}\n"
      + "article{max-width:640px;margin:0 auto;padding:24px 28px;background:#ffffff}\n"
      + "h1,h2,h3,h4,h5,h6{font-family:Helvetica,Arial,sans-serif;line-height:1.25;color:#111111;margin:24px 0 8px}\n"
      + "section{margin:0 0 8px}\n"
      + "p{margin:0 0 12px}\n"
      + "ol,dl{margin:0 0 12px;padding:0 0 0 24px}\n"
      + "dt{font-weight:bold;margin:8px 0 0}\n"
      + "dd{margin:0 0 4px}\n"
      + "strong{color:#111111}\n"
      + "cite{font-style:italic}\n"
      + "table{border-collapse:collapse;margin:0 0 12px;font-size:15px}\n"
      + "th,td{border:1px solid #d6d6d1;padding:4px 8px;text-align:left;vertical-align:top}\n"
      + "a{color:#1a4f8b}\n"
      + "</style>\n</head>\n<body>\n";
  /** After the article. */
  public static final String END = "</body>\n</html>\n";

  /** How the article the renderer writes begins. */
  public static final String ARTICLE = "<article class=\"" + OwnArticle.BRIEFING + "\"";
  /** What jsoup is given before the article, to parse it in the state the renderer's head leaves. */
  private static final String BODY = "<!DOCTYPE html><body>";

  private OwnDocument() {}

  /**
   * Where the article begins when the page is the renderer's document around it: the renderer's
   * literals, with only the language, the title and the JSON-LD (if any) between them, none of which
   * holds a {@code <} (the renderer escapes it in all three), so nothing in the head can open an
   * element or leave one open, and the parser meets the article inside the body as on a page of
   * its own.
   *
   * @param page the page
   * @return the index of the article, or -1 when the page is not the renderer's document
   */
  public static int articleStart(String page) {
    if (!page.startsWith(START)) {
      return -1;
    }
    int head = page.indexOf(HEAD, START.length());
    if (head < 0 || has(page, START.length(), head, '<') || has(page, START.length(), head, '"')) {
      return -1;
    }
    int title = page.indexOf(TITLE_CLOSE, head + HEAD.length());
    if (title < 0 || has(page, head + HEAD.length(), title, '<')) {
      return -1;
    }
    int style = title + TITLE_CLOSE.length();
    // The JSON-LD block is there unless the renderer was built without it.
    if (page.startsWith(SCRIPT_OPEN, style)) {
      int close = page.indexOf(SCRIPT_CLOSE, style + SCRIPT_OPEN.length());
      if (close < 0 || has(page, style + SCRIPT_OPEN.length(), close, '<')) {
        return -1;
      }
      style = close + SCRIPT_CLOSE.length();
    }
    if (!page.startsWith(STYLE, style)) {
      return -1;
    }
    int article = style + STYLE.length();
    return page.startsWith(ARTICLE, article) ? article : -1;
  }

  /**
   * @param page the renderer's document
   * @param article where its article begins, from {@link #articleStart}
   * @return the page from the article on, after a doctype and a body start tag that put the
   *     parser where the renderer's head leaves it (in the body, in no-quirks mode)
   */
  public static String fromArticle(String page, int article) {
    return BODY + page.substring(article);
  }

  /**
   * @param page the renderer's document
   * @param article where its article begins, from {@link #articleStart}
   * @return where its JSON-LD block ({@link #SCRIPT_OPEN} on) begins, or -1 when it has none
   */
  public static int jsonLdStart(String page, int article) {
    // The language and the title hold no '<' (articleStart checked), so the first end of a title
    // is the head's, and the script, if any, follows it.
    int title = page.indexOf(TITLE_CLOSE, START.length());
    int script = title + TITLE_CLOSE.length();
    return title >= 0 && script < article && page.startsWith(SCRIPT_OPEN, script) ? script : -1;
  }

  /**
   * @param article where the article of the renderer's document begins, from {@link #articleStart}
   * @return where its JSON-LD block ends (the style sheet begins), when it has one
   */
  public static int jsonLdEnd(int article) {
    return article - STYLE.length();
  }

  private static boolean has(String text, int from, int to, char c) {
    int at = text.indexOf(c, from);
    return at >= 0 && at < to;
  }
}

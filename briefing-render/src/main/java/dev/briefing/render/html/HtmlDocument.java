package dev.briefing.render.html;

import dev.briefing.core.Briefing;
import dev.briefing.render.internal.HtmlText;
import dev.briefing.web.JsonLdRenderer;
import java.io.IOException;
import java.util.Optional;

/**
 * The document around the article in full-document mode. The style sheet is small and sticks
 * to what email clients honour: element selectors, pixel sizes, web-safe fonts, no layout
 * tricks; without it the page still reads well. Unless the renderer leaves it out, the head also
 * carries the briefing as schema.org JSON-LD, in the script form that no text of the briefing
 * can close.
 */
final class HtmlDocument {
  private static final String HEAD = "\">\n<head>\n<meta charset=\"utf-8\">\n"
      + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
  private static final String TITLE_CLOSE = "</title>\n";
  private static final String SCRIPT_OPEN = "<script type=\"application/ld+json\">";
  private static final String SCRIPT_CLOSE = "</script>\n";
  private static final String STYLE = "<style>\n"
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
  private static final String END = "</body>\n</html>\n";

  /** About how much the document adds around the article, for sizing buffers. */
  static final int OVERHEAD = 32 + HEAD.length() + TITLE_CLOSE.length() + SCRIPT_OPEN.length()
      + SCRIPT_CLOSE.length() + STYLE.length() + END.length();

  private HtmlDocument() {}

  /** @param jsonLd the head's JSON-LD, or null for a page without it */
  static void open(Appendable out, String language, Briefing briefing, String defaultTitle,
      JsonLdRenderer jsonLd) throws IOException {
    Optional<String> title = briefing.title();
    out.append("<!DOCTYPE html>\n<html lang=\"");
    HtmlText.attribute(out, language);
    out.append(HEAD);
    if (title.isPresent() && !title.get().isBlank()) {
      HtmlText.title(out, title.get());
    } else {
      out.append(defaultTitle);
    }
    out.append(TITLE_CLOSE);
    if (jsonLd != null) {
      out.append(SCRIPT_OPEN);
      jsonLd.renderScriptTo(briefing, out);
      out.append(SCRIPT_CLOSE);
    }
    out.append(STYLE);
  }

  static void close(Appendable out) throws IOException {
    out.append(END);
  }
}

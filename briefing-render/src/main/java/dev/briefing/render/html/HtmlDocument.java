package dev.briefing.render.html;

import dev.briefing.core.Briefing;
import dev.briefing.render.internal.HtmlText;
import dev.briefing.render.internal.html.OwnDocument;
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
  /** About how much the document adds around the article, for sizing buffers. */
  static final int OVERHEAD = 32 + OwnDocument.START.length() + OwnDocument.HEAD.length()
      + OwnDocument.TITLE_CLOSE.length() + OwnDocument.SCRIPT_OPEN.length() + OwnDocument.SCRIPT_CLOSE.length()
      + OwnDocument.STYLE.length() + OwnDocument.END.length();

  private HtmlDocument() {}

  /** @param jsonLd the head's JSON-LD, or null for a page without it */
  static void open(Appendable out, String language, Briefing briefing, String defaultTitle,
      JsonLdRenderer jsonLd) throws IOException {
    Optional<String> title = briefing.title();
    out.append(OwnDocument.START);
    HtmlText.attribute(out, language);
    out.append(OwnDocument.HEAD);
    if (title.isPresent() && !title.get().isBlank()) {
      HtmlText.title(out, title.get());
    } else {
      out.append(defaultTitle);
    }
    out.append(OwnDocument.TITLE_CLOSE);
    if (jsonLd != null) {
      out.append(OwnDocument.SCRIPT_OPEN);
      jsonLd.renderScriptTo(briefing, out);
      out.append(OwnDocument.SCRIPT_CLOSE);
    }
    out.append(OwnDocument.STYLE);
  }

  static void close(Appendable out) throws IOException {
    out.append(OwnDocument.END);
  }
}

package dev.briefing.editorial.internal;

import dev.briefing.editorial.BriefingDiff;
import dev.briefing.editorial.Change;
import org.owasp.encoder.Encode;

/**
 * A diff as an HTML fragment: {@code <section class="briefing-diff">} with a heading and one
 * list item per change, classed by kind; old values in {@code <del>}, new ones in {@code <ins>}.
 * Every text is encoded for HTML content by the OWASP Java Encoder.
 */
public final class DiffHtml {

  private DiffHtml() {}

  public static String render(BriefingDiff diff) {
    StringBuilder out = new StringBuilder("<section class=\"briefing-diff\">\n<h2>")
        .append(Encode.forHtmlContent(DiffWords.heading(diff))).append("</h2>\n");
    if (!diff.isEmpty()) {
      out.append("<ul>\n");
      for (Change change : diff.changes()) {
        out.append("<li class=\"").append(change.kind().word()).append("\"><code>")
            .append(Encode.forHtmlContent(change.path())).append("</code> ")
            .append(Encode.forHtmlContent(change.subject()));
        change.before().ifPresent(v -> out.append(" <del>").append(Encode.forHtmlContent(v)).append("</del>"));
        change.after().ifPresent(v -> out.append(" <ins>").append(Encode.forHtmlContent(v)).append("</ins>"));
        change.note().ifPresent(v -> out.append(" <small>").append(Encode.forHtmlContent(v)).append("</small>"));
        out.append("</li>\n");
      }
      out.append("</ul>\n");
    }
    return out.append("</section>\n").toString();
  }
}

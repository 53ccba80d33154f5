package dev.briefing.render.html;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Confidence;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Signpost;
import dev.briefing.render.internal.HtmlText;
import dev.briefing.render.internal.html.OwnArticle;
import java.io.IOException;
import java.time.Period;
import java.util.List;
import java.util.Optional;

/**
 * The model 1.1 parts as HTML: a judgment's likelihood, confidence and horizon as a
 * {@code <dl class="judgment">} whose values are {@code <data>} of the model's terms, the
 * alternative views as an {@code <aside>} headed "Room for disagreement", a watch item's
 * signposts as a table with review-by dates in {@code <time>}. A briefing without them gets
 * none of this markup, so 1.0 pages stay as they were.
 */
final class HtmlJudgments {

  private HtmlJudgments() {}

  static void judgment(Optional<Likelihood> likelihood, Optional<Confidence> confidence, Optional<Period> horizon,
      HtmlLabels words, Appendable out) throws IOException {
    if (likelihood.isEmpty() && confidence.isEmpty() && horizon.isEmpty()) {
      return;
    }
    out.append("<dl class=\"" + OwnArticle.JUDGMENT + "\">\n");
    if (likelihood.isPresent()) {
      value(words.likelihoodOpen, likelihood.get().term(), out);
    }
    if (confidence.isPresent()) {
      value(words.confidenceOpen, confidence.get().term(), out);
    }
    if (horizon.isPresent()) {
      value(words.horizonOpen, horizon.get().toString(), out);
    }
    out.append("</dl>\n");
  }

  private static void value(String open, String term, Appendable out) throws IOException {
    out.append(open).append(term).append("\">").append(term).append("</data></dd>\n");
  }

  static void alternativeViews(List<AlternativeView> views, HtmlLabels words, HtmlOutput html) throws IOException {
    if (views.isEmpty()) {
      return;
    }
    Appendable out = html.target;
    out.append(words.alternativeViewsOpen);
    for (AlternativeView view : views) {
      out.append("<li>\n");
      html.paragraphs(view.text());
      judgment(view.likelihood(), Optional.empty(), Optional.empty(), words, out);
      out.append("</li>\n");
    }
    out.append("</ul>\n</aside>\n");
  }

  static void signposts(List<Signpost> signposts, HtmlLabels words, Appendable out) throws IOException {
    if (signposts.isEmpty()) {
      return;
    }
    out.append(words.signpostsOpen);
    for (Signpost signpost : signposts) {
      out.append("<tr><td>");
      HtmlText.content(out, signpost.indicator());
      out.append("</td><td>");
      if (signpost.threshold().isPresent()) {
        HtmlText.content(out, signpost.threshold().get());
      }
      out.append("</td><td>");
      if (signpost.reviewBy().isPresent()) {
        String date = signpost.reviewBy().get().toString();
        out.append("<time datetime=\"").append(date).append("\">").append(date).append("</time>");
      }
      out.append("</td><td>").append(words.statusWords[signpost.status().ordinal()]).append("</td></tr>\n");
    }
    out.append("</tbody>\n</table>\n");
  }
}

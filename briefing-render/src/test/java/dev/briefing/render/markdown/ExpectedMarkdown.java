package dev.briefing.render.markdown;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Confidence;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Signpost;
import java.time.Period;
import java.util.Optional;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.Paragraphs;
import dev.briefing.kit.SectionLabels;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The token list a CommonMark parser must read from a rendered briefing: the agreed layout,
 * with every user string exactly as in the model (NUL and lone surrogates as U+FFFD, which no
 * Markdown can carry).
 */
final class ExpectedMarkdown {
  private final List<MarkdownStructure> tokens = new ArrayList<>();

  static List<MarkdownStructure> of(Briefing b, SectionLabels labels) {
    ExpectedMarkdown e = new ExpectedMarkdown();
    b.title().ifPresent(t -> e.add("H1", t));
    e.add("H2", labels.signal());
    e.paragraphs(b.signal());
    e.judgment(labels, b.signalLikelihood(), b.signalConfidence(), b.signalHorizon());
    e.add("H2", labels.whatHappened());
    e.paragraphs(b.whatHappened());
    if (!b.impacts().isEmpty() || !b.alternativeViews().isEmpty()) {
      e.add("H2", labels.whyItMatters());
    }
    if (!b.impacts().isEmpty()) {
      for (Impact impact : b.impacts()) {
        e.item(labels.impactOrder(impact.order()) + ":", " ", impact.text());
        e.judgment(labels, impact.likelihood(), impact.confidence(), impact.horizon());
      }
      e.add("/UL", "");
    }
    if (!b.alternativeViews().isEmpty()) {
      e.add("P", "");
      e.add("S", labels.alternativeViews());
      for (AlternativeView view : b.alternativeViews()) {
        e.add("LI", "");
        e.paragraphs(view.text());
        e.judgment(labels, view.likelihood(), Optional.empty(), Optional.empty());
      }
      e.add("/UL", "");
    }
    if (!b.figures().isEmpty()) {
      e.add("H2", labels.theNumbers());
      for (Figure f : b.figures()) {
        e.add("LI", "");
        e.add("P", "");
        e.add("S", f.value());
        if (f.source().isEmpty() && f.asOf().isEmpty()) {
          e.add("T", ": " + f.label());
        } else if (f.source().isPresent()) {
          e.add("T", ": " + f.label() + " (");
          e.add("E", f.source().get());
          if (f.asOf().isPresent()) {
            e.add("T", ", " + labels.asOf() + " ");
            e.add("E", f.asOf().get());
          }
          e.add("T", ")");
        } else {
          e.add("T", ": " + f.label() + " (" + labels.asOf() + " ");
          e.add("E", f.asOf().get());
          e.add("T", ")");
        }
      }
      e.add("/UL", "");
    }
    if (!b.watchItems().isEmpty()) {
      e.add("H2", labels.whatToWatch());
      for (WatchItem item : b.watchItems()) {
        e.item(item.title(), ": ", item.description());
        if (!item.signposts().isEmpty()) {
          for (Signpost signpost : item.signposts()) {
            e.detail(labels.indicator(), signpost.indicator());
            signpost.threshold().ifPresent(t -> e.detail(labels.threshold(), t));
            signpost.reviewBy().ifPresent(d -> e.detail(labels.reviewBy(), d.toString()));
            e.detail(labels.status(), labels.statusWord(signpost.status()));
          }
          e.add("/UL", "");
        }
      }
      e.add("/UL", "");
    }
    Metadata m = b.metadata();
    if (!m.isEmpty()) {
      e.add("H2", labels.details());
      m.id().ifPresent(id -> e.detail(labels.id(), id));
      m.published().ifPresent(p -> e.detail(labels.published(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(p)));
      m.language().ifPresent(l -> e.detail(labels.languageLabel(), l.toLanguageTag()));
      m.authors().forEach(a -> e.detail(labels.author(), a));
      m.tags().forEach(t -> e.detail(labels.tag(), t));
      for (Source s : m.sources()) {
        e.add("LI", "");
        e.add("P", "");
        e.add("S", labels.source() + ":");
        e.add("T", " ");
        e.add("A", s.url().toASCIIString() + " " + s.title());
      }
      e.add("/UL", "");
    }
    return e.tokens;
  }

  private void item(String strong, String separator, String text) {
    add("LI", "");
    List<String> paragraphs = Paragraphs.of(text);
    add("P", "");
    add("S", strong);
    add("T", separator + paragraphs.get(0));
    paragraphs.stream().skip(1).forEach(p -> {
      add("P", "");
      add("T", p);
    });
  }

  /** The list of a judgment's 1.1 parts, when it has any. */
  private void judgment(SectionLabels labels, Optional<Likelihood> likelihood, Optional<Confidence> confidence,
      Optional<Period> horizon) {
    if (likelihood.isEmpty() && confidence.isEmpty() && horizon.isEmpty()) {
      return;
    }
    likelihood.ifPresent(l -> detail(labels.likelihood(), l.term()));
    confidence.ifPresent(c -> detail(labels.confidence(), c.term()));
    horizon.ifPresent(h -> detail(labels.horizon(), h.toString()));
    add("/UL", "");
  }

  private void detail(String label, String value) {
    add("LI", "");
    add("P", "");
    add("S", label + ":");
    add("T", " " + value);
  }

  private void paragraphs(String text) {
    for (String p : Paragraphs.of(text)) {
      add("P", "");
      add("T", p);
    }
  }

  private void add(String kind, String text) {
    tokens.add(new MarkdownStructure(kind, clean(text)));
  }

  private static String clean(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else {
        out.append(c == 0 || Character.isSurrogate(c) ? '\uFFFD' : c);
      }
    }
    return out.toString();
  }
}

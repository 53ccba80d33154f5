package dev.briefing.editorial.internal;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Confidence;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Metadata;
import dev.briefing.core.Signpost;
import dev.briefing.core.WatchItem;
import dev.briefing.editorial.Change;
import dev.briefing.editorial.Change.Kind;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Works out the changes between two editions, part by part in document order. Impacts and
 * alternative views are matched by position, figures by label and then by position, watch items
 * by title and their signposts by indicator.
 */
public final class Differ {

  private final List<Change> changes = new ArrayList<>();

  private Differ() {}

  /** @return the changes from {@code previous} to {@code current}, in document order */
  public static List<Change> changes(Briefing previous, Briefing current) {
    Differ differ = new Differ();
    differ.briefing(previous, current);
    return differ.changes;
  }

  private void briefing(Briefing p, Briefing c) {
    value("$.title", "title", p.title(), c.title());
    value("$.signal", "The Signal", Optional.of(p.signal()), Optional.of(c.signal()));
    judgment(name -> "$.signal" + Character.toUpperCase(name.charAt(0)) + name.substring(1), "The Signal", p.signalLikelihood(), c.signalLikelihood(), p.signalConfidence(),
        c.signalConfidence(), p.signalHorizon(), c.signalHorizon());
    value("$.whatHappened", "What Happened", Optional.of(p.whatHappened()), Optional.of(c.whatHappened()));
    impacts(p.impacts(), c.impacts());
    alternativeViews(p.alternativeViews(), c.alternativeViews());
    figures(p.figures(), c.figures());
    watchItems(p.watchItems(), c.watchItems());
    metadata(p.metadata(), c.metadata());
  }

  private void impacts(List<Impact> p, List<Impact> c) {
    for (int i = 0; i < Math.max(p.size(), c.size()); i++) {
      String path = "$.impacts[" + i + "]";
      if (i >= c.size()) {
        removed(path, "impact " + (i + 1), p.get(i).text());
      } else if (i >= p.size()) {
        added(path, "impact " + (i + 1), c.get(i).text());
      } else {
        Impact a = p.get(i);
        Impact b = c.get(i);
        String subject = "impact " + (i + 1);
        value(path + ".order", subject + " order", Optional.of(String.valueOf(a.order())), Optional.of(String.valueOf(b.order())));
        value(path + ".text", subject, Optional.of(a.text()), Optional.of(b.text()));
        judgment(name -> path + "." + name, subject, a.likelihood(), b.likelihood(), a.confidence(), b.confidence(), a.horizon(), b.horizon());
      }
    }
  }

  /** @param path the path of the judgment's property of the given name */
  private void judgment(UnaryOperator<String> path, String subject, Optional<Likelihood> pl, Optional<Likelihood> cl,
      Optional<Confidence> pc, Optional<Confidence> cc, Optional<Period> ph, Optional<Period> ch) {
    ranked(path.apply("likelihood"), subject + " likelihood", pl, cl);
    ranked(path.apply("confidence"), subject + " confidence", pc, cc);
    value(path.apply("horizon"), subject + " horizon", ph.map(Horizons::words), ch.map(Horizons::words));
  }

  /** A change on an ordered scale, noted as raised or lowered. */
  private <E extends Enum<E>> void ranked(String path, String subject, Optional<E> p, Optional<E> c) {
    if (p.equals(c)) {
      return;
    }
    Optional<String> note = p.isPresent() && c.isPresent()
        ? Optional.of(c.get().ordinal() > p.get().ordinal() ? "raised" : "lowered") : Optional.empty();
    record(path, subject, p.map(Object::toString), c.map(Object::toString), note);
  }

  private void alternativeViews(List<AlternativeView> p, List<AlternativeView> c) {
    for (int i = 0; i < Math.max(p.size(), c.size()); i++) {
      String path = "$.alternativeViews[" + i + "]";
      String subject = "alternative view " + (i + 1);
      if (i >= c.size()) {
        removed(path, subject, p.get(i).text());
      } else if (i >= p.size()) {
        added(path, subject, c.get(i).text());
      } else {
        value(path + ".text", subject, Optional.of(p.get(i).text()), Optional.of(c.get(i).text()));
        ranked(path + ".likelihood", subject + " likelihood", p.get(i).likelihood(), c.get(i).likelihood());
      }
    }
  }

  private void figures(List<Figure> p, List<Figure> c) {
    int[] match = FigureMatch.match(p, c);
    boolean[] matched = new boolean[p.size()];
    int[] rank = FigureMatch.ranks(match, p.size());
    for (int j = 0; j < c.size(); j++) {
      String path = "$.figures[" + j + "]";
      Figure b = c.get(j);
      String subject = "figure \"" + b.label() + "\"";
      int i = match[j];
      if (i < 0) {
        added(path, subject, b.value());
        continue;
      }
      matched[i] = true;
      Figure a = p.get(i);
      if (rank[i] != FigureMatch.rankOfCurrent(match, j)) {
        record(path, subject, Optional.of("position " + (i + 1)), Optional.of("position " + (j + 1)), Optional.of("moved"));
      }
      value(path + ".label", subject + " label", Optional.of(a.label()), Optional.of(b.label()));
      if (!a.value().equals(b.value())) {
        record(path + ".value", subject, Optional.of(a.value()), Optional.of(b.value()),
            QuantityChange.describe(a.quantity(), b.quantity()));
      }
      value(path + ".source", subject + " source", a.source(), b.source());
      value(path + ".asOf", subject + " as of", a.asOf(), b.asOf());
    }
    for (int i = 0; i < p.size(); i++) {
      if (!matched[i]) {
        removed("$.figures[" + i + "]", "figure \"" + p.get(i).label() + "\"", p.get(i).value());
      }
    }
  }

  private void watchItems(List<WatchItem> p, List<WatchItem> c) {
    boolean[] matched = new boolean[p.size()];
    for (int j = 0; j < c.size(); j++) {
      WatchItem b = c.get(j);
      String path = "$.watchItems[" + j + "]";
      String subject = "watch item \"" + b.title() + "\"";
      int i = indexOfTitle(p, b.title(), matched);
      if (i < 0) {
        added(path, subject, b.description());
        continue;
      }
      matched[i] = true;
      WatchItem a = p.get(i);
      value(path + ".description", subject, Optional.of(a.description()), Optional.of(b.description()));
      signposts(path, subject, a.signposts(), b.signposts());
    }
    for (int i = 0; i < p.size(); i++) {
      if (!matched[i]) {
        removed("$.watchItems[" + i + "]", "watch item \"" + p.get(i).title() + "\"", p.get(i).description());
      }
    }
  }

  private static int indexOfTitle(List<WatchItem> items, String title, boolean[] taken) {
    for (int i = 0; i < items.size(); i++) {
      if (!taken[i] && items.get(i).title().equals(title)) {
        return i;
      }
    }
    return -1;
  }

  private void signposts(String itemPath, String item, List<Signpost> p, List<Signpost> c) {
    boolean[] matched = new boolean[p.size()];
    for (int j = 0; j < c.size(); j++) {
      Signpost b = c.get(j);
      String path = itemPath + ".signposts[" + j + "]";
      String subject = item + " signpost \"" + b.indicator() + "\"";
      int i = -1;
      for (int k = 0; k < p.size() && i < 0; k++) {
        if (!matched[k] && p.get(k).indicator().equals(b.indicator())) {
          i = k;
        }
      }
      if (i < 0) {
        added(path, subject, b.indicator());
        continue;
      }
      matched[i] = true;
      Signpost a = p.get(i);
      value(path + ".threshold", subject + " threshold", a.threshold(), b.threshold());
      value(path + ".reviewBy", subject + " review-by", a.reviewBy().map(Object::toString), b.reviewBy().map(Object::toString));
      value(path + ".status", subject + " status", Optional.of(a.status().term()), Optional.of(b.status().term()));
    }
    for (int i = 0; i < p.size(); i++) {
      if (!matched[i]) {
        removed(itemPath + ".signposts[" + i + "]", item + " signpost \"" + p.get(i).indicator() + "\"", p.get(i).indicator());
      }
    }
  }

  private void metadata(Metadata p, Metadata c) {
    value("$.metadata.id", "id", p.id(), c.id());
    value("$.metadata.published", "published", p.published().map(Object::toString), c.published().map(Object::toString));
    value("$.metadata.language", "language", p.language().map(l -> l.toLanguageTag()), c.language().map(l -> l.toLanguageTag()));
    value("$.metadata.authors", "authors", joined(p.authors()), joined(c.authors()));
    value("$.metadata.tags", "tags", joined(p.tags()), joined(c.tags()));
    value("$.metadata.sources", "sources",
        joined(p.sources().stream().map(s -> s.title() + " <" + s.url() + ">").toList()),
        joined(c.sources().stream().map(s -> s.title() + " <" + s.url() + ">").toList()));
  }

  private static Optional<String> joined(List<String> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", values));
  }

  private void value(String path, String subject, Optional<String> before, Optional<String> after) {
    if (!before.equals(after)) {
      record(path, subject, before, after, Optional.empty());
    }
  }

  private void added(String path, String subject, String value) {
    changes.add(new Change(Kind.ADDED, path, subject, Optional.empty(), Optional.of(value), Optional.empty()));
  }

  private void removed(String path, String subject, String value) {
    changes.add(new Change(Kind.REMOVED, path, subject, Optional.of(value), Optional.empty(), Optional.empty()));
  }

  private void record(String path, String subject, Optional<String> before, Optional<String> after, Optional<String> note) {
    Kind kind = before.isEmpty() ? Kind.ADDED : after.isEmpty() ? Kind.REMOVED : Kind.CHANGED;
    changes.add(new Change(kind, path, subject, before, after, Objects.requireNonNull(note)));
  }
}

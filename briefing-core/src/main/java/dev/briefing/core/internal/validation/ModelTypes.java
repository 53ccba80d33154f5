package dev.briefing.core.internal.validation;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Signpost;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The model as validation sees it: the annotated types, the order of their properties, and the
 * built-in constraints they use. The annotations on these types stay the only statement of the
 * rules.
 */
final class ModelTypes {
  /** Every annotated type validation reaches: the briefing and everything it cascades into. */
  static final List<Class<?>> ALL =
      List.of(Briefing.class, Impact.class, AlternativeView.class, Figure.class, WatchItem.class, Signpost.class,
          Metadata.class, Source.class);

  /**
   * Each type's constrained and cascaded properties in the order a briefing shows them, which
   * is the order violations are listed in (reflection gives methods in no defined order).
   * ModelTypesTest checks that it names exactly the properties that have rules.
   */
  static final Map<Class<?>, List<String>> PROPERTIES = Map.of(
      Briefing.class, List.of("title", "signal", "signalHorizon", "whatHappened", "impacts", "alternativeViews",
          "figures", "watchItems", "metadata"),
      Impact.class, List.of("order", "text", "horizon"),
      AlternativeView.class, List.of("text"),
      Figure.class, List.of("value", "label", "source", "asOf"),
      WatchItem.class, List.of("title", "description", "signposts"),
      Signpost.class, List.of("indicator", "threshold", "reviewBy"),
      Metadata.class, List.of("id", "published", "authors", "tags", "sources"),
      Source.class, List.of("title", "url"));

  /**
   * The built-in constraints used on {@link #ALL}, the ones {@link ModelRules} knows the meaning
   * of; ModelTypesTest checks it against them.
   */
  static final Set<String> BUILTIN_CONSTRAINTS =
      Set.of(Size.class.getName(), Min.class.getName(), Max.class.getName());

  private ModelTypes() {}
}

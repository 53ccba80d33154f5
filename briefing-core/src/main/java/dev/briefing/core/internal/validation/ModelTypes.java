package dev.briefing.core.internal.validation;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;

/**
 * What Hibernate Validator is told up front so that it sets up no more than the model needs:
 * the annotated types and the built-in constraints they use. The annotations on these types stay
 * the only statement of the rules.
 */
final class ModelTypes {
  /** Every annotated type validation reaches: the briefing and everything it cascades into. */
  static final List<Class<?>> ALL =
      List.of(Briefing.class, Impact.class, Figure.class, WatchItem.class, Metadata.class, Source.class);

  /** The built-in constraints used on {@link #ALL}; ModelTypesTest checks it against them. */
  static final Set<String> BUILTIN_CONSTRAINTS =
      Set.of(Size.class.getName(), Min.class.getName(), Max.class.getName());

  private ModelTypes() {}
}

package dev.briefing.spring.internal;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;

/**
 * Where a Jackson failure happened, gathered from either Jackson line and turned into our
 * exception: the line and column, and a JSON path built from a binding path (step by step,
 * outermost first) or, for a syntax error, which has none, from the parser's contexts (the
 * same place). Each Jackson line's translator only says where its exception keeps these.
 *
 * <pre>{@code
 * FailurePlace place = new FailurePlace().at(2, 7);
 * place.step("figures", -1).step(null, 2);
 * BriefingFormatException e = place.failure("expected a value", cause); // line 2, column 7 at $.figures[2]
 * }</pre>
 */
public final class FailurePlace {

  private Location where = Location.unknown();
  private JsonPathBuilder path;

  /** Knows nothing yet: no line, no path. */
  public FailurePlace() {}

  /**
   * @param line the line, from 1; 0 or less when the failure has none
   * @param column the column; at least 1 is named when there is a line
   * @return this place
   */
  public FailurePlace at(int line, int column) {
    if (line > 0) {
      where = where.withLine(line).withColumn(Math.max(column, 1));
    }
    return this;
  }

  /** @return this place, with a path of at least the root, {@code $} */
  public FailurePlace rooted() {
    if (path == null) {
      path = new JsonPathBuilder();
    }
    return this;
  }

  /**
   * @param name the property, or null for an array element
   * @param index the element's index when {@code name} is null; a negative one adds nothing
   * @return this place, one step deeper
   */
  public FailurePlace step(String name, int index) {
    rooted();
    if (name != null) {
      path.name(name);
    } else if (index >= 0) {
      path.index(index);
    }
    return this;
  }

  /**
   * Follows a parser's contexts from the innermost to the root and steps through them from the
   * root down: an array context is its current element, an object context its current name.
   *
   * @return this place
   */
  public <C> FailurePlace contexts(C innermost, UnaryOperator<C> parent, Predicate<C> isRoot,
      Predicate<C> isArray, ToIntFunction<C> index, Function<C, String> name) {
    rooted();
    Deque<C> outermostFirst = new ArrayDeque<>();
    for (C c = innermost; c != null && !isRoot.test(c); c = parent.apply(c)) {
      outermostFirst.push(c);
    }
    for (C c : outermostFirst) {
      if (isArray.test(c)) {
        path.index(Math.max(index.applyAsInt(c), 0));
      } else if (name.apply(c) != null) {
        path.name(name.apply(c));
      }
    }
    return this;
  }

  /**
   * @param message Jackson's message without its location
   * @param cause the Jackson failure
   * @return our exception at this place
   */
  public BriefingFormatException failure(String message, Throwable cause) {
    Location located = path == null ? where : where.withPath(path.toString());
    return new BriefingFormatException(located, message, cause);
  }
}

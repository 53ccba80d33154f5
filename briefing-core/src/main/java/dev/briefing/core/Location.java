package dev.briefing.core;

import dev.briefing.core.internal.message.ControlEscape;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * Where in an input a problem is: any of input name, line and column (1-based), a JSON path
 * such as {@code $.figures[2].value}, and a briefing section such as "The Numbers".
 *
 * <pre>{@code
 * Location where = Location.at(3, 17).withPath("$.figures[2].value");
 * where.describe(); // "line 3, column 17 at $.figures[2].value"
 * }</pre>
 */
@Value.Immutable
public abstract class Location implements WithLocation {

  Location() {}

  /**
   * @param line the 1-based line
   * @param column the 1-based column
   * @return a location at that line and column
   */
  public static Location at(int line, int column) {
    return new Builder().line(line).column(column).build();
  }

  /** @return a location that knows nothing yet; add parts with the {@code with*} methods */
  public static Location unknown() {
    return new Builder().build();
  }

  /** @return a builder */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the input's name, such as a file name */
  public abstract Optional<String> input();

  /** @return the 1-based line */
  public abstract OptionalInt line();

  /** @return the 1-based column */
  public abstract OptionalInt column();

  /** @return a JSON path such as {@code $.figures[2].value} */
  public abstract Optional<String> path();

  /** @return the briefing section, such as "The Numbers" */
  public abstract Optional<String> section();

  /** Escapes control characters once, whichever way the location was made. */
  @Value.Check
  Location escaped() {
    String input = input().orElse(null);
    String path = path().orElse(null);
    String section = section().orElse(null);
    String safeInput = ControlEscape.escape(input);
    String safePath = ControlEscape.escape(path);
    String safeSection = ControlEscape.escape(section);
    if (safeInput == input && safePath == path && safeSection == section) {
      return this;
    }
    return new Builder().from(this).input(Optional.ofNullable(safeInput)).path(Optional.ofNullable(safePath))
        .section(Optional.ofNullable(safeSection)).build();
  }

  /**
   * @return the location in words, such as {@code "briefing.json: line 3, column 17 at
   *     $.figures[2].value"}; {@code "input"} when nothing is known
   */
  public String describe() {
    StringBuilder out = new StringBuilder();
    input().ifPresent(name -> out.append(name));
    if (line().isPresent()) {
      out.append(out.length() > 0 ? ": " : "").append("line ").append(line().getAsInt());
      column().ifPresent(column -> out.append(", column ").append(column));
    }
    path().ifPresent(path -> out.append(out.length() > 0 ? " at " : "at ").append(path));
    section().ifPresent(section -> out.append(out.length() > 0 ? " in " : "in ").append(section));
    return out.length() == 0 ? "input" : out.toString();
  }

  @Override
  public String toString() {
    return describe();
  }

  /** Builds a {@link Location}. */
  public static final class Builder extends ImmutableLocation.Builder {
    Builder() {}
  }
}

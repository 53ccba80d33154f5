package dev.briefing.core.format;

import org.immutables.value.Value;

/**
 * One repair of damaged text: where it was (1-based line and column in the input), what was
 * there, and what replaced it.
 *
 * <pre>{@code
 * TextRepair repair = TextRepair.of(2, 16, "โ", "’");
 * repair.toString(); // "2:16 'โ' -> '’'"
 * }</pre>
 */
@Value.Immutable
public abstract class TextRepair implements WithTextRepair {

  TextRepair() {}

  /**
   * @param line 1-based line in the input
   * @param column 1-based column in the input
   * @param before the damaged text
   * @param after its replacement
   * @return the repair
   */
  public static TextRepair of(int line, int column, String before, String after) {
    return ImmutableTextRepair.of(line, column, before, after);
  }

  /** @return the 1-based line in the input */
  @Value.Parameter
  public abstract int line();

  /** @return the 1-based column in the input */
  @Value.Parameter
  public abstract int column();

  /** @return the damaged text */
  @Value.Parameter
  public abstract String before();

  /** @return its replacement */
  @Value.Parameter
  public abstract String after();

  @Override
  public String toString() {
    return line() + ":" + column() + " '" + before() + "' -> '" + after() + "'";
  }
}

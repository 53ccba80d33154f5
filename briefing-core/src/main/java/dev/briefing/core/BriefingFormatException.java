package dev.briefing.core;

import dev.briefing.core.internal.message.ControlEscape;

/**
 * Input in some format could not be read as a briefing. The {@link #location()} says where
 * (line and column, JSON path, section); the message repeats it in front of the problem, as in
 * {@code line 3, column 17 at $.figures[2].value: expected a string but was NUMBER}.
 *
 * <pre>{@code
 * try {
 *   parser.parse(text);
 * } catch (BriefingFormatException e) {
 *   System.err.println(e.location().line() + ": " + e.problem());
 * }
 * }</pre>
 */
public class BriefingFormatException extends BriefingException {
  private static final long serialVersionUID = 1L;

  private final transient Location location;
  private final String problem;

  /**
   * @param location where in the input the problem is
   * @param problem what is wrong and, where it helps, what was expected
   */
  public BriefingFormatException(Location location, String problem) {
    this(location, problem, null);
  }

  /**
   * @param location where in the input the problem is
   * @param problem what is wrong and, where it helps, what was expected
   * @param cause the underlying failure, or null
   */
  public BriefingFormatException(Location location, String problem, Throwable cause) {
    super(location.describe() + ": " + problem, cause);
    this.location = location;
    this.problem = ControlEscape.escape(problem);
  }

  /** @return where in the input the problem is */
  public Location location() {
    return location;
  }

  /** @return the problem without its location, escaped as the message is */
  public String problem() {
    return problem;
  }
}

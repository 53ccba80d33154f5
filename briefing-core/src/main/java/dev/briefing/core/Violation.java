package dev.briefing.core;

import dev.briefing.core.internal.message.ControlEscape;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import org.immutables.value.Value;

/**
 * One broken rule in a briefing: the path of the offending part, such as
 * {@code impacts[1].text}, and what is wrong with it. Control characters in either are escaped
 * as in every {@link BriefingException} message, so a violation is safe to print.
 *
 * <pre>{@code
 * for (Violation v : BriefingValidator.standard().validate(briefing)) {
 *   System.err.println(v.path() + ": " + v.message());
 * }
 * }</pre>
 */
@Value.Immutable
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class Violation implements WithViolation {

  Violation() {}

  // Only a Jackson mapper without the briefing module calls this (see MissingJacksonModule).
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Violation withoutJacksonModule(Object json) {
    throw MissingJacksonModule.refused();
  }

  /**
   * @param path the property path, such as {@code impacts[1].text}; empty for the whole briefing
   * @param message what is wrong
   * @return the violation
   */
  public static Violation of(String path, String message) {
    return ImmutableViolation.of(path, message);
  }

  /** @return the property path, such as {@code figures[0].value} */
  @Value.Parameter
  public abstract String path();

  /** @return what is wrong */
  @Value.Parameter
  public abstract String message();

  /** Escapes control characters once, whichever way the violation was made. */
  @Value.Check
  Violation escaped() {
    String path = ControlEscape.escape(path());
    String message = ControlEscape.escape(message());
    return path == path() && message == message() ? this : of(path, message);
  }

  @Override
  public String toString() {
    return path().isEmpty() ? message() : path() + ": " + message();
  }
}

package dev.briefing.core;

import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import org.immutables.value.Value;

/**
 * One broken rule in a briefing: the path of the offending part, such as
 * {@code impacts[1].text}, and what is wrong with it.
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

  @Override
  public String toString() {
    return path().isEmpty() ? message() : path() + ": " + message();
  }
}

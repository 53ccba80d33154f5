package dev.briefing.core.format;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.Location;
import dev.briefing.core.internal.message.ControlEscape;
import org.immutables.value.Value;

/**
 * A problem a lenient parser tolerated instead of failing: where it was and what it was. Control
 * characters in the message are escaped as in every {@code BriefingException} message.
 *
 * <pre>{@code
 * ParseWarning warning = ParseWarning.of(Location.at(7, 1), "unrecognised line skipped");
 * }</pre>
 */
@Value.Immutable
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class ParseWarning implements WithParseWarning {

  ParseWarning() {}

  // Only a Jackson mapper without the briefing module calls this (see MissingJacksonModule).
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static ParseWarning withoutJacksonModule(Object json) {
    throw MissingJacksonModule.refused();
  }

  /**
   * @param location where the problem was
   * @param message what it was
   * @return the warning
   */
  public static ParseWarning of(Location location, String message) {
    return ImmutableParseWarning.of(location, message);
  }

  /** @return where the problem was */
  @Value.Parameter
  public abstract Location location();

  /** @return what it was */
  @Value.Parameter
  public abstract String message();

  /** Escapes control characters once, whichever way the warning was made. */
  @Value.Check
  ParseWarning escaped() {
    String message = ControlEscape.escape(message());
    return message == message() ? this : of(location(), message);
  }

  @Override
  public String toString() {
    return location().describe() + ": " + message();
  }
}

package dev.briefing.core;

import dev.briefing.core.internal.validation.AccessorConstraints;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.internal.validation.Limits;
import dev.briefing.core.internal.validation.NonBlank;
import dev.briefing.core.internal.validation.PlainText;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * One item under "What To Watch": a short title and what to look for, and since model 1.1 the
 * signposts that would show it happening.
 *
 * <pre>{@code
 * WatchItem item = WatchItem.of("Compute Throttling", "Signs of smaller, smarter models.")
 *     .withSignposts(Signpost.of("A sub-100B model tops a frontier benchmark"));
 * }</pre>
 */
@Value.Immutable
@AccessorConstraints
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class WatchItem implements WithWatchItem {

  WatchItem() {}

  // Only a Jackson mapper without the briefing module calls this (see MissingJacksonModule).
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static WatchItem withoutJacksonModule(Object json) {
    throw MissingJacksonModule.refused();
  }

  /**
   * A watch item.
   *
   * @param title a short title, such as "Architectural Shift"
   * @param description what to look for, plain text
   * @return the watch item
   */
  public static WatchItem of(String title, String description) {
    return ImmutableWatchItem.of(title, description);
  }

  /** @return a builder for a watch item */
  public static Builder builder() {
    return new Builder();
  }

  /** @return the short title */
  @Value.Parameter
  @NonBlank
  @Size(max = Limits.WATCH_TITLE)
  @PlainText(singleLine = true)
  public abstract String title();

  /** @return what to look for */
  @Value.Parameter
  @NonBlank
  @Size(max = Limits.WATCH_DESCRIPTION)
  @PlainText
  public abstract String description();

  /** @return the signposts, in the order given (model 1.1) */
  @Size(max = Limits.SIGNPOSTS)
  public abstract List<@Valid Signpost> signposts();

  /** Builds a {@link WatchItem}; {@code title} and {@code description} are required. */
  public static final class Builder extends ImmutableWatchItem.Builder {
    Builder() {}
  }
}

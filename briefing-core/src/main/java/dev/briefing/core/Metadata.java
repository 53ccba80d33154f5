package dev.briefing.core;

import dev.briefing.core.internal.validation.AccessorConstraints;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.internal.validation.Limits;
import dev.briefing.core.internal.validation.NonBlank;
import dev.briefing.core.internal.validation.PlainText;
import dev.briefing.core.internal.validation.WritableDateTime;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What publishing a briefing needs beyond its text: identity, date, language, people, tags
 * and sources. Every part is optional; {@link #empty()} has none.
 *
 * <pre>{@code
 * Metadata metadata = Metadata.builder()
 *     .id("2026-02-karpathy")
 *     .published(OffsetDateTime.parse("2026-02-10T09:00:00Z"))
 *     .language(Locale.forLanguageTag("en-US"))
 *     .addAuthors("Desk Editor")
 *     .addTags("ai", "talent")
 *     .build();
 * }</pre>
 */
@Value.Immutable
@AccessorConstraints
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class Metadata implements WithMetadata {

  private static final Metadata EMPTY = new Builder().build();

  Metadata() {}

  // Only a Jackson mapper without the briefing module calls this (see MissingJacksonModule).
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Metadata withoutJacksonModule(Object json) {
    throw MissingJacksonModule.refused();
  }

  /** @return metadata with no parts set */
  public static Metadata empty() {
    return EMPTY;
  }

  /** @return a builder for metadata */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a stable identifier chosen by the publisher */
  public abstract Optional<@NonBlank @Size(max = Limits.ID) @PlainText(singleLine = true) String> id();

  /**
   * @return when the briefing was published, with its offset from UTC; to validate, in the years
   *     0001 to 9999 (also in UTC) with an offset of whole minutes, which every format can write
   */
  public abstract Optional<@WritableDateTime OffsetDateTime> published();

  /** @return the language the briefing is written in, as a BCP 47 tag such as {@code en-US} */
  public abstract Optional<Locale> language();

  /** @return the authors' names, in credit order */
  @Size(max = Limits.AUTHORS)
  public abstract List<@NonBlank @Size(max = Limits.AUTHOR) @PlainText(singleLine = true) String> authors();

  /** @return subject tags, in the order given */
  @Size(max = Limits.TAGS)
  public abstract List<@NonBlank @Size(max = Limits.TAG) @PlainText(singleLine = true) String> tags();

  /** @return the sources the briefing draws on */
  @Size(max = Limits.SOURCES)
  public abstract List<@Valid Source> sources();

  /** @return whether no part is set */
  public final boolean isEmpty() {
    return equals(EMPTY);
  }

  /** Builds {@link Metadata}; every part is optional. */
  public static final class Builder extends ImmutableMetadata.Builder {
    Builder() {}
  }
}

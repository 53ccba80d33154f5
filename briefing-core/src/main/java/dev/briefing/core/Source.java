package dev.briefing.core;

import dev.briefing.core.internal.validation.AccessorConstraints;
import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIdentityInfo;
import com.fasterxml.jackson.annotation.ObjectIdGenerators;
import dev.briefing.core.internal.MissingJacksonModule;
import dev.briefing.core.internal.validation.Limits;
import dev.briefing.core.internal.validation.NonBlank;
import dev.briefing.core.internal.validation.HttpUrl;
import dev.briefing.core.internal.validation.PlainText;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.immutables.value.Value;

/**
 * A source the briefing draws on: a title and an http(s) address.
 *
 * <pre>{@code
 * Source source = Source.of("TechCrunch", URI.create("https://techcrunch.com/"));
 * }</pre>
 */
@Value.Immutable
@AccessorConstraints
@JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
public abstract class Source implements WithSource {

  Source() {}

  // Only a Jackson mapper without the briefing module calls this (see MissingJacksonModule).
  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  private static Source withoutJacksonModule(Object json) {
    throw MissingJacksonModule.refused();
  }

  /**
   * A source.
   *
   * @param title what to call the source
   * @param url where it is; must be absolute http or https to validate
   * @return the source
   */
  public static Source of(String title, URI url) {
    return ImmutableSource.of(title, url);
  }

  /** @return what to call the source */
  @Value.Parameter
  @NonBlank
  @Size(max = Limits.SOURCE_TITLE)
  @PlainText(singleLine = true)
  public abstract String title();

  /** @return the absolute http or https address of the source */
  @Value.Parameter
  @HttpUrl
  public abstract URI url();
}

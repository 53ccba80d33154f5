package dev.briefing.core.internal;

/**
 * What a Jackson mapper without the briefing module says about a model type, instead of
 * writing it as {@code {}} or reading nothing into it. Core cannot depend on Jackson databind,
 * so the model carries only an annotation from {@code jackson-annotations} (optional here):
 * an object id on a property that does not exist, which Jackson 2 and Jackson 3 both refuse,
 * for writing and for reading, with a message that quotes the property's name: this text.
 * Jackson 3 looks for a way to construct an abstract type before it looks at the object id, so
 * each model type also has a private delegating creator that throws {@link #refused()}: the read
 * then fails with "Cannot construct instance of ..., problem: " and this text. The modules' own
 * (de)serializers never look at either.
 *
 * <pre>{@code
 * @JsonIdentityInfo(generator = ObjectIdGenerators.PropertyGenerator.class, property = MissingJacksonModule.HINT)
 * public abstract class Briefing {
 *   @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
 *   private static Briefing withoutJacksonModule(Object json) {
 *     throw MissingJacksonModule.refused();
 *   }
 * }
 * }</pre>
 */
public final class MissingJacksonModule {

  /** The hint, as Jackson will quote it. */
  public static final String HINT = "(no JSON mapping without the briefing module: register"
      + " dev.briefing.jackson3.BriefingModule from briefing-jackson3, or dev.briefing.jackson2.BriefingModule"
      + " from briefing-jackson2, e.g. with findAndAddModules() / findAndRegisterModules())";

  private MissingJacksonModule() {}

  /** @return the failure a model type's creator throws for a mapper without the module */
  public static IllegalStateException refused() {
    return new IllegalStateException(HINT);
  }
}

package dev.briefing.kit;

import dev.briefing.core.SignpostStatus;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The words a rendered briefing uses for its sections, impact orders and details, and for the
 * model 1.1 parts (likelihood, confidence, horizon, alternative views, signposts and their
 * statuses), in one language; every format writes the same words. Built in: English (the default), German, French and Spanish; build your own with
 * {@link #builder()}, or change one word of a built-in with its {@code with*} methods.
 *
 * <p>Three ways to look labels up by language, for three needs: {@link #forLanguage} always
 * answers and falls back to English for a language with no built-in labels, so a Japanese
 * briefing gets English headings; {@link #find} says whether there are built-in labels
 * (empty for Japanese); {@link #require} fails with a message naming the language and the
 * built-in ones.
 *
 * <pre>{@code
 * SectionLabels labels = SectionLabels.forLanguage(Locale.FRENCH);
 * labels.signal();           // "Le signal"
 * labels.impactOrder(1);     // "Premier ordre"
 * SectionLabels.forLanguage(Locale.JAPANESE).signal();  // "The Signal": the English fallback
 * SectionLabels.find(Locale.JAPANESE).isPresent();     // false
 * SectionLabels.require(Locale.JAPANESE);              // IllegalArgumentException
 * SectionLabels house = SectionLabels.english().withSignal("Bottom line");
 * SectionLabels.german().alternativeViews();                  // "Raum für Widerspruch"
 * SectionLabels.german().statusWord(SignpostStatus.TRIGGERED);// "ausgelöst"
 * SectionLabels.german().statusOf("ausgelöst");               // Optional[TRIGGERED]
 * }</pre>
 */
@Value.Immutable
public abstract class SectionLabels implements WithSectionLabels {

  SectionLabels() {}

  /** @return a builder; every label is required */
  public static Builder builder() {
    return new Builder();
  }

  /** @return English labels, as in the seed briefing ("The Signal", "First-order") */
  public static SectionLabels english() {
    return BuiltIn.ENGLISH;
  }

  /** @return German labels */
  public static SectionLabels german() {
    return BuiltIn.GERMAN;
  }

  /** @return French labels */
  public static SectionLabels french() {
    return BuiltIn.FRENCH;
  }

  /** @return Spanish labels */
  public static SectionLabels spanish() {
    return BuiltIn.SPANISH;
  }

  /** @return every built-in set, English first */
  public static List<SectionLabels> builtIn() {
    return List.of(BuiltIn.ENGLISH, BuiltIn.GERMAN, BuiltIn.FRENCH, BuiltIn.SPANISH);
  }

  /**
   * Built-in labels for a language, falling back to English without a word when there are
   * none; use {@link #find} or {@link #require} where the fallback must not pass unseen.
   *
   * @param language a language; only its language subtag counts
   * @return the built-in labels for it, or English when there are none
   */
  public static SectionLabels forLanguage(Locale language) {
    return find(language).orElse(BuiltIn.ENGLISH);
  }

  /**
   * @param language a language; only its language subtag counts
   * @return the built-in labels for it, if any
   */
  public static Optional<SectionLabels> find(Locale language) {
    return builtIn().stream().filter(l -> l.language().getLanguage().equals(language.getLanguage())).findFirst();
  }

  /**
   * @param language a language; only its language subtag counts
   * @return the built-in labels for it
   * @throws IllegalArgumentException when there are none, naming the language and the built-in
   *     ones
   */
  public static SectionLabels require(Locale language) {
    return find(language).orElseThrow(() -> new IllegalArgumentException("No built-in section labels for '"
        + language.toLanguageTag() + "'; built in: " + builtIn().stream().map(l -> l.language().toLanguageTag())
            .collect(java.util.stream.Collectors.joining(", "))
        + ". Build labels for it with SectionLabels.builder(), or take English with SectionLabels.forLanguage"));
  }

  /** @return the language of these labels */
  public abstract Locale language();

  /** @return "The Signal" */
  public abstract String signal();

  /** @return "What Happened" */
  public abstract String whatHappened();

  /** @return "Why It Matters" */
  public abstract String whyItMatters();

  /** @return "The Numbers" */
  public abstract String theNumbers();

  /** @return "What To Watch" */
  public abstract String whatToWatch();

  /** @return "Details", the heading of the metadata section */
  public abstract String details();

  /** @return "as of", written before a figure's date */
  public abstract String asOf();

  /** @return "ID", the label of the metadata identifier */
  public abstract String id();

  /** @return "Published" */
  public abstract String published();

  /** @return "Language" */
  public abstract String languageLabel();

  /** @return "Author" */
  public abstract String author();

  /** @return "Tag" */
  public abstract String tag();

  /** @return "Source" */
  public abstract String source();

  /** @return "Value", the heading of the value column when figures are laid out as a table */
  @Value.Default
  public String valueHeading() {
    return "Value";
  }

  /** @return "Measure", the heading of the column that says what a figure measures */
  @Value.Default
  public String measureHeading() {
    return "Measure";
  }

  /** @return "As of", the heading of the column with a figure's date or period */
  @Value.Default
  public String asOfHeading() {
    return "As of";
  }

  /** @return "Likelihood", the label of a judgment's place on the ICD 203 scale (model 1.1) */
  @Value.Default
  public String likelihood() {
    return "Likelihood";
  }

  /** @return "Confidence", the label of a judgment's confidence level (model 1.1) */
  @Value.Default
  public String confidence() {
    return "Confidence";
  }

  /** @return "Horizon", the label of a judgment's time horizon (model 1.1) */
  @Value.Default
  public String horizon() {
    return "Horizon";
  }

  /** @return "Room for disagreement", the heading of the alternative views (model 1.1) */
  @Value.Default
  public String alternativeViews() {
    return "Room for disagreement";
  }

  /** @return "Indicator", the label of what a watch item's signpost observes (model 1.1) */
  @Value.Default
  public String indicator() {
    return "Indicator";
  }

  /** @return "Threshold", the label of the level at which a signpost counts as observed */
  @Value.Default
  public String threshold() {
    return "Threshold";
  }

  /** @return "Review by", the label of a signpost's review-by date */
  @Value.Default
  public String reviewBy() {
    return "Review by";
  }

  /** @return "Status", the label of where a signpost stands */
  @Value.Default
  public String status() {
    return "Status";
  }

  /** @return "open", the word for {@link SignpostStatus#OPEN} */
  @Value.Default
  public String statusOpen() {
    return SignpostStatus.OPEN.term();
  }

  /** @return "triggered", the word for {@link SignpostStatus#TRIGGERED} */
  @Value.Default
  public String statusTriggered() {
    return SignpostStatus.TRIGGERED.term();
  }

  /** @return "expired", the word for {@link SignpostStatus#EXPIRED} */
  @Value.Default
  public String statusExpired() {
    return SignpostStatus.EXPIRED.term();
  }

  /** @return "retired", the word for {@link SignpostStatus#RETIRED} */
  @Value.Default
  public String statusRetired() {
    return SignpostStatus.RETIRED.term();
  }

  /**
   * @param status a signpost's status
   * @return the word these labels write for it, such as "triggered" or, in German, "ausgelöst"
   */
  public final String statusWord(SignpostStatus status) {
    switch (status) {
      case OPEN:
        return statusOpen();
      case TRIGGERED:
        return statusTriggered();
      case EXPIRED:
        return statusExpired();
      default:
        return statusRetired();
    }
  }

  /**
   * The reverse of {@link #statusWord(SignpostStatus)}, for the parsers of the layouts that write it.
   *
   * @param word a status word exactly as {@link #statusWord(SignpostStatus)} writes it
   * @return the status it names in these labels; empty when it names none
   */
  public final Optional<SignpostStatus> statusOf(String word) {
    for (SignpostStatus status : SignpostStatus.values()) {
      if (statusWord(status).equals(word)) {
        return Optional.of(status);
      }
    }
    return Optional.empty();
  }

  /**
   * @return the impact-order labels from first to tenth: "First-order", "Second-order", ...;
   *     exactly {@link dev.briefing.core.Impact#MAX_ORDER} of them
   */
  public abstract List<String> impactOrders();

  /**
   * @param order 1 for first-order, up to {@link dev.briefing.core.Impact#MAX_ORDER}
   * @return the label, such as "Second-order"
   * @throws IllegalArgumentException when the order is out of range
   */
  public final String impactOrder(int order) {
    if (order < 1 || order > impactOrders().size()) {
      throw new IllegalArgumentException("Impact order must be 1.." + impactOrders().size() + ", but was " + order);
    }
    return impactOrders().get(order - 1);
  }

  @Value.Check
  void checkStatusWords() {
    java.util.Set<String> words = new java.util.HashSet<>();
    for (SignpostStatus status : SignpostStatus.values()) {
      if (!words.add(statusWord(status))) {
        throw new IllegalStateException("SectionLabels needs a different word for each signpost status, but '"
            + statusWord(status) + "' names two");
      }
    }
  }

  @Value.Check
  void checkOrders() {
    if (impactOrders().size() != dev.briefing.core.Impact.MAX_ORDER) {
      throw new IllegalStateException("SectionLabels needs " + dev.briefing.core.Impact.MAX_ORDER
          + " impact-order labels, but has " + impactOrders().size());
    }
  }

  /** Builds {@link SectionLabels}. */
  public static final class Builder extends ImmutableSectionLabels.Builder {
    Builder() {}
  }
}

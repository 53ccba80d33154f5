package dev.briefing.kit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The words a rendered briefing uses for its sections, impact orders and details, in one
 * language. Built in: English (the default), German, French and Spanish; build your own with
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

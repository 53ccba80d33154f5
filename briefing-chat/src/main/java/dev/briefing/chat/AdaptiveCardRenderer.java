package dev.briefing.chat;

import dev.briefing.chat.internal.card.CardFit;
import dev.briefing.chat.internal.card.CardLayout;
import dev.briefing.chat.internal.card.CardPart;
import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.AbstractRendererBuilder;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionWalk;
import dev.briefing.kit.SectionWriter;
import dev.briefing.kit.Shortening;
import java.io.IOException;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Renders a briefing as an Adaptive Card 1.5, the newest version Microsoft Teams renders.
 * Immutable and thread-safe.
 *
 * <p>The card holds the title, then a {@code Container} per section with a heading and
 * {@code TextBlock}s that wrap, the figures and the details as {@code FactSet}s, and an
 * {@code Action.OpenUrl} per source the kit's {@link SafeLinks} allows. User text is escaped for
 * the Markdown subset cards read, so it shows literally; actions come only from the sources.
 *
 * <p>Of the {@link RenderOptions} the labels and the sections apply. Each section (the title
 * and the details too) is written by a {@link SectionWriter} of {@link CardOutput}; {@link
 * #builder()} replaces one of them without forking the renderer.
 *
 * <p>Size: a card is at most {@link #maxLength()} UTF-16 code units of JSON, by default
 * 28 KiB ({@value #WEBHOOK_LIMIT}) for incoming webhooks (bots take about 100 KB). A briefing
 * that does not fit keeps its sections in order while they fit, the first that does not fit
 * keeps its first entries (its first text cut at a word with {@code …} when no entry fits
 * whole), later sections are left out, and a note says so ({@link Builder#shortenedNote}); a
 * link to the whole briefing ({@link Builder#fullBriefing}) then comes first among the
 * actions. The card is the {@code content} of a Teams message attachment of content type
 * {@code application/vnd.microsoft.card.adaptive}.
 *
 * <pre>{@code
 * AdaptiveCardRenderer cards = AdaptiveCardRenderer.builder()
 *     .options(RenderOptions.builder().labels(SectionLabels.french()).build())
 *     .maxLength(100_000)
 *     .fullBriefing(b -> b.metadata().id().map(id -> URI.create("https://news.example/" + id)))
 *     .build();
 * String card = cards.render(briefing);
 * }</pre>
 */
public final class AdaptiveCardRenderer implements BriefingRenderer {

  /** The default {@link #maxLength()}: 28 KiB, what Teams incoming webhooks take. */
  public static final int WEBHOOK_LIMIT = 28 * 1024;

  private static final AdaptiveCardRenderer STANDARD = builder().build();

  private final RenderOptions options;
  private final SectionWalk<CardOutput> replacements;
  private final SectionWalk<CardOutput> walk;
  private final Limits limits;

  private AdaptiveCardRenderer(RenderOptions options, SectionWalk<CardOutput> replacements, Limits limits) {
    this.options = options;
    this.replacements = replacements;
    this.walk = CardLayout.writers(options).overriddenBy(replacements);
    this.limits = limits;
  }

  /** @return the renderer with English labels, every section and the webhook limit */
  public static AdaptiveCardRenderer standard() {
    return STANDARD;
  }

  /** @return a builder starting from the standard options, the built-in section writers and the webhook limit */
  public static Builder builder() {
    return new Builder(new Limits());
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    CardOutput card = new CardOutput(options);
    walk.write(briefing, options.sections(), card);
    Optional<CardPart.Action> link = limits.shortening.link(briefing)
        .flatMap(SafeLinks::of)
        .map(url -> new CardPart.Action(limits.shortening.linkTitle(), url));
    CardFit.write(card.layout(), limits.maxLength, limits.shortening.note(), link, out);
  }

  /**
   * @param options other options
   * @return a renderer like this one (its replaced sections, size limit, note and link to the
   *     whole briefing) with those options
   */
  public AdaptiveCardRenderer withOptions(RenderOptions options) {
    return new AdaptiveCardRenderer(Objects.requireNonNull(options, "options"), replacements, limits);
  }

  /** @return the options */
  public RenderOptions options() {
    return options;
  }

  /** @return the longest card written, in UTF-16 code units of JSON */
  public int maxLength() {
    return limits.maxLength;
  }

  @Override
  public String toString() {
    return "AdaptiveCardRenderer[" + options + ", max " + limits.maxLength + "]";
  }

  /** What a card does when it is too large; a builder's, copied into each renderer it builds. */
  private static final class Limits {
    private int maxLength = WEBHOOK_LIMIT;
    private Shortening shortening = Shortening.of("This briefing is shortened to fit the card.");

    Limits copy() {
      Limits copy = new Limits();
      copy.maxLength = maxLength;
      copy.shortening = shortening;
      return copy;
    }
  }

  /**
   * Builds an {@link AdaptiveCardRenderer}: the kit's options and replaced sections, as every
   * renderer's builder takes them, and the card's size limit and what a shortened card says.
   */
  public static final class Builder extends AbstractRendererBuilder<CardOutput, AdaptiveCardRenderer, Builder> {
    private final Limits limits;

    private Builder(Limits limits) {
      this.limits = limits;
    }

    /**
     * @param maxLength the longest card, in UTF-16 code units of its JSON; at least 1,024
     * @return this builder
     * @throws IllegalArgumentException when smaller
     */
    public Builder maxLength(int maxLength) {
      if (maxLength < 1024) {
        throw new IllegalArgumentException("A card's maxLength must be at least 1024, but was " + maxLength);
      }
      limits.maxLength = maxLength;
      return this;
    }

    /**
     * @param shortening what a shortened card says, and where it links; by default the note
     *     "This briefing is shortened to fit the card." and no link
     * @return this builder
     */
    public Builder shortening(Shortening shortening) {
      limits.shortening = Objects.requireNonNull(shortening, "shortening");
      return this;
    }

    /**
     * @param note the words of the note on a shortened card, plain text
     * @return this builder
     * @see Shortening#withNote
     */
    public Builder shortenedNote(String note) {
      limits.shortening = limits.shortening.withNote(note);
      return this;
    }

    /**
     * @param title the words of the action that opens the whole briefing
     * @return this builder
     * @see Shortening#withLinkTitle
     */
    public Builder fullBriefingTitle(String title) {
      limits.shortening = limits.shortening.withLinkTitle(title);
      return this;
    }

    /**
     * @param link where a briefing can be read whole, if anywhere; a shortened card links
     *     there (an address {@link SafeLinks} allows)
     * @return this builder
     * @see Shortening#withLink
     */
    public Builder fullBriefing(Function<Briefing, Optional<URI>> link) {
      limits.shortening = limits.shortening.withLink(link);
      return this;
    }

    @Override
    protected AdaptiveCardRenderer create(RenderOptions options, SectionWalk<CardOutput> replacements) {
      return new AdaptiveCardRenderer(options, replacements, limits.copy());
    }
  }
}

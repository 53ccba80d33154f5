package dev.briefing.chat;

import dev.briefing.chat.internal.card.CardFit;
import dev.briefing.chat.internal.card.CardJson;
import dev.briefing.chat.internal.card.CardLayout;
import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
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
 * <p>Of the {@link RenderOptions} the labels and the sections apply.
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
  private final int maxLength;
  private final String shortenedNote;
  private final String fullBriefingTitle;
  private final Function<Briefing, Optional<URI>> fullBriefing;
  private final CardLayout layout;

  private AdaptiveCardRenderer(Builder builder) {
    this.options = builder.options;
    this.maxLength = builder.maxLength;
    this.shortenedNote = builder.shortenedNote;
    this.fullBriefingTitle = builder.fullBriefingTitle;
    this.fullBriefing = builder.fullBriefing;
    this.layout = new CardLayout(options);
  }

  /** @return the renderer with English labels, every section and the webhook limit */
  public static AdaptiveCardRenderer standard() {
    return STANDARD;
  }

  /** @return a builder starting from the standard options */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    Optional<String> link = fullBriefing.apply(briefing)
        .flatMap(SafeLinks::of)
        .map(url -> CardJson.openUrl(fullBriefingTitle, url));
    out.append(CardFit.write(layout.layout(briefing), maxLength, shortenedNote, link));
  }

  /** @return the options */
  public RenderOptions options() {
    return options;
  }

  /** @return the longest card written, in UTF-16 code units of JSON */
  public int maxLength() {
    return maxLength;
  }

  @Override
  public String toString() {
    return "AdaptiveCardRenderer[" + options + ", max " + maxLength + "]";
  }

  /** Builds an {@link AdaptiveCardRenderer}; every option has a default. */
  public static final class Builder {
    private RenderOptions options = RenderOptions.standard();
    private int maxLength = WEBHOOK_LIMIT;
    private String shortenedNote = "This briefing is shortened to fit the card.";
    private String fullBriefingTitle = "Read the full briefing";
    private Function<Briefing, Optional<URI>> fullBriefing = b -> Optional.empty();

    private Builder() {}

    /**
     * @param options the options; the labels and the sections apply. {@link RenderOptions#standard()} by default
     * @return this builder
     */
    public Builder options(RenderOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
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
      this.maxLength = maxLength;
      return this;
    }

    /**
     * @param note the words of the note on a shortened card, plain text
     * @return this builder
     */
    public Builder shortenedNote(String note) {
      this.shortenedNote = Objects.requireNonNull(note, "note");
      return this;
    }

    /**
     * @param title the words of the action that opens the whole briefing
     * @return this builder
     */
    public Builder fullBriefingTitle(String title) {
      this.fullBriefingTitle = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * @param link where a briefing can be read whole, if anywhere; a shortened card links
     *     there (an address {@link SafeLinks} allows)
     * @return this builder
     */
    public Builder fullBriefing(Function<Briefing, Optional<URI>> link) {
      this.fullBriefing = Objects.requireNonNull(link, "link");
      return this;
    }

    /** @return the renderer */
    public AdaptiveCardRenderer build() {
      return new AdaptiveCardRenderer(this);
    }
  }
}

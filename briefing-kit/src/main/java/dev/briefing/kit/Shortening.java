package dev.briefing.kit;

import dev.briefing.core.Briefing;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a renderer with a size limit (an email's bytes, a card's length) says when a briefing
 * does not fit and it leaves sections out: a note that the briefing is shortened, and a link to
 * where it can be read whole, with the link's text. Immutable; the {@code with*} methods return
 * copies, so one value can be shared by every renderer of a delivery service.
 *
 * <pre>{@code
 * Shortening shortening = Shortening.of("This briefing is shortened.")
 *     .withLink(b -> b.metadata().id().map(id -> URI.create("https://news.example/b/" + id)))
 *     .withLinkTitle("Read it all");
 * EmailRenderer email = EmailRenderer.builder().shortening(shortening).build();
 * AdaptiveCardRenderer card = AdaptiveCardRenderer.builder().shortening(shortening).build();
 * }</pre>
 */
public final class Shortening {
  private static final String LINK_TITLE = "Read the full briefing";

  private final String note;
  private final String linkTitle;
  private final Function<Briefing, Optional<URI>> link;

  private Shortening(String note, String linkTitle, Function<Briefing, Optional<URI>> link) {
    this.note = Objects.requireNonNull(note, "note");
    this.linkTitle = Objects.requireNonNull(linkTitle, "linkTitle");
    this.link = Objects.requireNonNull(link, "link");
  }

  /**
   * @param note the sentence that ends a shortened briefing
   * @return that note, no link, and the link title "Read the full briefing"
   */
  public static Shortening of(String note) {
    return new Shortening(note, LINK_TITLE, b -> Optional.empty());
  }

  /** @return a copy with another note */
  public Shortening withNote(String note) {
    return new Shortening(note, linkTitle, link);
  }

  /** @return a copy whose link to the whole briefing has this text */
  public Shortening withLinkTitle(String linkTitle) {
    return new Shortening(note, linkTitle, link);
  }

  /**
   * @param link where a briefing can be read whole; a renderer links it only when the address
   *     passes {@link SafeLinks}
   * @return a copy with that link
   */
  public Shortening withLink(Function<Briefing, Optional<URI>> link) {
    return new Shortening(note, linkTitle, link);
  }

  /** @return the sentence that ends a shortened briefing */
  public String note() {
    return note;
  }

  /** @return the text of the link to the whole briefing */
  public String linkTitle() {
    return linkTitle;
  }

  /**
   * @param briefing the briefing shortened
   * @return where it can be read whole, if anywhere
   */
  public Optional<URI> link(Briefing briefing) {
    return Objects.requireNonNull(link.apply(briefing), "the link function returned null");
  }

  @Override
  public String toString() {
    return "Shortening[" + note + ", " + linkTitle + "]";
  }
}

package dev.briefing.feeds;

import dev.briefing.kit.RenderOptions;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * What a feed says of itself, around its entries: its title, the page it belongs to, its own
 * address, its author and when it was updated; and the {@link RenderOptions} of each entry's
 * HTML content (always written as a fragment). Immutable.
 *
 * <ul>
 *   <li>{@code title}: default "Briefings".
 *   <li>{@code description}: RSS's channel description and Atom's subtitle; default the title.
 *   <li>{@code homePage}: Atom's alternate link, RSS's channel link, JSON Feed's {@code
 *       home_page_url}. RSS requires a channel link: without a home page it is the feed URL, and
 *       without either the RSS renderer refuses to be made.
 *   <li>{@code feedUrl}: Atom's self link and id, JSON Feed's {@code feed_url}. Atom's feed id is
 *       the feed URL, else the home page, else a URN from the title.
 *   <li>{@code author}: the feed's author (Atom requires one on the feed or on every entry).
 *   <li>{@code updated}: Atom's feed {@code updated}, and the {@code updated} of an entry whose
 *       briefing has no publication time; default the time the feed is written.
 * </ul>
 *
 * <pre>{@code
 * FeedOptions options = FeedOptions.builder()
 *     .title("Weekly briefings")
 *     .homePage(URI.create("https://news.example/"))
 *     .feedUrl(URI.create("https://news.example/feed.xml"))
 *     .author("Newsroom")
 *     .build();
 * }</pre>
 */
public final class FeedOptions {
  private static final FeedOptions STANDARD = builder().build();

  private final String title;
  private final Optional<String> description;
  private final Optional<URI> homePage;
  private final Optional<URI> feedUrl;
  private final Optional<String> author;
  private final Optional<OffsetDateTime> updated;
  private final RenderOptions content;

  private FeedOptions(Builder builder) {
    this.title = builder.title;
    this.description = builder.description;
    this.homePage = builder.homePage;
    this.feedUrl = builder.feedUrl;
    this.author = builder.author;
    this.updated = builder.updated;
    this.content = builder.content.toBuilder().fragment(true).build();
  }

  /** @return the options with every default */
  public static FeedOptions standard() {
    return STANDARD;
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder starting from these options */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.title = title;
    builder.description = description;
    builder.homePage = homePage;
    builder.feedUrl = feedUrl;
    builder.author = author;
    builder.updated = updated;
    builder.content = content;
    return builder;
  }

  /** @return the feed's title */
  public String title() {
    return title;
  }

  /** @return the feed's description, if set (the title stands in for it) */
  public Optional<String> description() {
    return description;
  }

  /** @return the address of the page the feed belongs to */
  public Optional<URI> homePage() {
    return homePage;
  }

  /** @return the feed's own address */
  public Optional<URI> feedUrl() {
    return feedUrl;
  }

  /** @return the feed's author */
  public Optional<String> author() {
    return author;
  }

  /** @return when the feed was updated, if fixed; otherwise the time it is written */
  public Optional<OffsetDateTime> updated() {
    return updated;
  }

  /** @return the options of each entry's HTML content, a fragment */
  public RenderOptions content() {
    return content;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FeedOptions that && title.equals(that.title) && description.equals(that.description)
        && homePage.equals(that.homePage) && feedUrl.equals(that.feedUrl) && author.equals(that.author)
        && updated.equals(that.updated) && content.equals(that.content);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, description, homePage, feedUrl, author, updated, content);
  }

  @Override
  public String toString() {
    return "FeedOptions{title=" + title + ", homePage=" + homePage + ", feedUrl=" + feedUrl + ", author=" + author
        + ", updated=" + updated + "}";
  }

  /** Builds {@link FeedOptions}; not thread-safe. */
  public static final class Builder {
    private String title = "Briefings";
    private Optional<String> description = Optional.empty();
    private Optional<URI> homePage = Optional.empty();
    private Optional<URI> feedUrl = Optional.empty();
    private Optional<String> author = Optional.empty();
    private Optional<OffsetDateTime> updated = Optional.empty();
    private RenderOptions content = RenderOptions.standard();

    private Builder() {}

    /** @param title the feed's title, not blank @return this builder */
    public Builder title(String title) {
      if (Objects.requireNonNull(title, "title").isBlank()) {
        throw new IllegalArgumentException("A feed's title must not be blank");
      }
      this.title = title;
      return this;
    }

    /** @param description the feed's description @return this builder */
    public Builder description(String description) {
      this.description = Optional.of(Objects.requireNonNull(description, "description"));
      return this;
    }

    /** @param homePage the absolute address of the page the feed belongs to @return this builder */
    public Builder homePage(URI homePage) {
      this.homePage = Optional.of(absolute(homePage, "home page"));
      return this;
    }

    /** @param feedUrl the feed's own absolute address @return this builder */
    public Builder feedUrl(URI feedUrl) {
      this.feedUrl = Optional.of(absolute(feedUrl, "feed URL"));
      return this;
    }

    /** @param author the feed's author @return this builder */
    public Builder author(String author) {
      if (Objects.requireNonNull(author, "author").isBlank()) {
        throw new IllegalArgumentException("A feed's author must not be blank");
      }
      this.author = Optional.of(author);
      return this;
    }

    /** @param updated when the feed was updated @return this builder */
    public Builder updated(OffsetDateTime updated) {
      this.updated = Optional.of(Objects.requireNonNull(updated, "updated"));
      return this;
    }

    /** @param content the options of each entry's HTML content @return this builder */
    public Builder content(RenderOptions content) {
      this.content = Objects.requireNonNull(content, "content");
      return this;
    }

    /** @return the options */
    public FeedOptions build() {
      return new FeedOptions(this);
    }

    private static URI absolute(URI uri, String what) {
      Objects.requireNonNull(uri, what);
      if (!uri.isAbsolute()) {
        throw new IllegalArgumentException("A feed's " + what + " must be an absolute URI: " + uri);
      }
      return uri;
    }
  }
}

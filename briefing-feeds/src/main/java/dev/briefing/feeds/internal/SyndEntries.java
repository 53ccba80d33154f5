package dev.briefing.feeds.internal;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndLinkImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import dev.briefing.core.Briefing;
import dev.briefing.feeds.EntryId;
import dev.briefing.feeds.FeedOptions;
import dev.briefing.kit.PlainText;
import dev.briefing.render.html.HtmlRenderer;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Briefings as ROME's feed model, which ROME then writes as Atom or RSS: the feed's head from
 * the {@link FeedOptions}, one entry per briefing with its {@link EntryId}, the title (The
 * Signal, on one line, when the briefing has none), published and updated times, authors,
 * categories from the tags, The Signal as the plain-text summary and the HTML fragment as the
 * content. Every text is {@linkplain XmlChars#clean cleaned} for XML.
 */
public final class SyndEntries {
  private final FeedOptions options;
  private final String feedType;
  private final HtmlRenderer html;

  /**
   * @param options the feed's options
   * @param feedType ROME's name of the feed type, such as {@code atom_1.0}
   */
  public SyndEntries(FeedOptions options, String feedType) {
    this.options = options;
    this.feedType = feedType;
    this.html = HtmlRenderer.of(options.content());
  }

  /**
   * @param updated when the feed was updated
   * @return the feed's head, without entries
   */
  public SyndFeed head(OffsetDateTime updated) {
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType(feedType);
    feed.setEncoding("UTF-8");
    feed.setTitle(XmlChars.clean(options.title()));
    feed.setDescription(XmlChars.clean(options.description().orElse(options.title())));
    feed.setUri(options.feedUrl().or(options::homePage).map(Object::toString)
        .orElseGet(() -> "urn:uuid:" + UUID.nameUUIDFromBytes(("dev.briefing:feed:" + options.title())
            .getBytes(StandardCharsets.UTF_8))));
    options.homePage().or(options::feedUrl).ifPresent(link -> feed.setLink(link.toString()));
    List<SyndLink> links = new ArrayList<>();
    options.homePage().ifPresent(page -> links.add(link("alternate", page.toString())));
    options.feedUrl().ifPresent(self -> links.add(link("self", self.toString())));
    feed.setLinks(links);
    options.author().ifPresent(author -> feed.setAuthors(List.of(person(XmlChars.clean(author)))));
    feed.setPublishedDate(Date.from(updated.toInstant()));
    return feed;
  }

  /**
   * @param briefing the briefing
   * @param updated the entry's updated time when the briefing has no publication time
   * @return the briefing's entry
   */
  public SyndEntry entry(Briefing briefing, OffsetDateTime updated) {
    SyndEntry entry = new SyndEntryImpl();
    entry.setUri(EntryId.of(briefing));
    entry.setTitle(XmlChars.clean(briefing.title().orElseGet(() -> PlainText.clean(briefing.signal()))));
    Date when = Date.from(briefing.metadata().published().orElse(updated).toInstant());
    briefing.metadata().published().ifPresent(published -> entry.setPublishedDate(when));
    entry.setUpdatedDate(when);
    List<String> authors = briefing.metadata().authors().stream().map(XmlChars::clean).toList();
    if (feedType.startsWith("rss")) {
      // RSS's own item author is one e-mail address: names go in Dublin Core, one dc:creator each.
      ((DCModule) entry.getModule(DCModule.URI)).setCreators(authors);
    } else {
      entry.setAuthors(authors.stream().map(SyndEntries::person).toList());
    }
    List<SyndCategory> categories = new ArrayList<>();
    for (String tag : briefing.metadata().tags()) {
      SyndCategory category = new SyndCategoryImpl();
      category.setName(XmlChars.clean(tag));
      categories.add(category);
    }
    entry.setCategories(categories);
    entry.setDescription(content("text", briefing.signal()));
    entry.setContents(List.of(content("html", html.render(briefing))));
    return entry;
  }

  private static SyndContent content(String type, String value) {
    SyndContent content = new SyndContentImpl();
    content.setType(type);
    content.setValue(XmlChars.clean(value));
    return content;
  }

  private static SyndPerson person(String name) {
    SyndPerson person = new SyndPersonImpl();
    person.setName(name);
    return person;
  }

  private static SyndLink link(String rel, String href) {
    SyndLink link = new SyndLinkImpl();
    link.setRel(rel);
    link.setHref(href);
    return link;
  }
}

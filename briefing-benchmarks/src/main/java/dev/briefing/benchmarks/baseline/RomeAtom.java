package dev.briefing.benchmarks.baseline;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.briefing.core.Briefing;
import dev.briefing.kit.RenderOptions;
import dev.briefing.render.html.HtmlRenderer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

/**
 * An Atom feed as a user would write it with ROME directly: a {@code SyndFeed} built by hand,
 * one entry per briefing with the same fields as the {@code atom} format (its {@code
 * metadata.id}, title, times, authors, tags as categories, The Signal as the summary, the HTML
 * fragment as the content), written whole by {@code SyndFeedOutput}. It needs every briefing at
 * once, takes the id as it is (the format derives a stable URN when it is not a URI) and cleans
 * no text of characters XML forbids.
 *
 * <pre>{@code
 * String xml = new RomeAtom().render(List.of(SeedBriefing.briefing()));
 * }</pre>
 */
public final class RomeAtom {
  private final HtmlRenderer html = HtmlRenderer.of(RenderOptions.standard().toBuilder().fragment(true).build());

  /**
   * @param briefings the feed's briefings
   * @return the Atom feed
   */
  public String render(List<Briefing> briefings) {
    Date updated = Date.from(Instant.now());
    SyndFeed feed = new SyndFeedImpl();
    feed.setFeedType("atom_1.0");
    feed.setEncoding("UTF-8");
    feed.setTitle("Briefings");
    feed.setUri("urn:uuid:00000000-0000-3000-8000-000000000000");
    feed.setPublishedDate(updated);
    List<SyndEntry> entries = new ArrayList<>();
    for (Briefing briefing : briefings) {
      entries.add(entry(briefing, updated));
    }
    feed.setEntries(entries);
    try {
      return new SyndFeedOutput().outputString(feed);
    } catch (FeedException e) {
      throw new IllegalStateException("ROME could not write the feed", e);
    }
  }

  private SyndEntry entry(Briefing briefing, Date updated) {
    SyndEntry entry = new SyndEntryImpl();
    briefing.metadata().id().ifPresent(entry::setUri);
    entry.setTitle(briefing.title().orElse(briefing.signal()));
    Date when = briefing.metadata().published().map(p -> Date.from(p.toInstant())).orElse(updated);
    briefing.metadata().published().ifPresent(published -> entry.setPublishedDate(when));
    entry.setUpdatedDate(when);
    List<SyndPerson> authors = new ArrayList<>();
    for (String name : briefing.metadata().authors()) {
      SyndPerson author = new SyndPersonImpl();
      author.setName(name);
      authors.add(author);
    }
    entry.setAuthors(authors);
    List<SyndCategory> categories = new ArrayList<>();
    for (String tag : briefing.metadata().tags()) {
      SyndCategory category = new SyndCategoryImpl();
      category.setName(tag);
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
    content.setValue(value);
    return content;
  }
}

package dev.briefing.feeds.internal;

import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.feeds.FeedOptions;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.List;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.Namespace;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;

/**
 * An XML feed written one briefing at a time, with all of its XML made by ROME and serialised by
 * JDOM. ROME writes a whole feed at once; to stream a batch, the head is ROME's document for the
 * feed without entries, cut before the closing tag of its container ({@code </feed>} or {@code
 * </channel>}), which with the closing tags is the epilogue; each briefing is the entry element
 * of ROME's document for a feed of that one entry, serialised alone (so it declares the
 * namespaces it uses).
 */
public final class XmlFeed {
  private final String feedType;
  private final String closing;
  private final List<String> entryPath;
  private final SyndEntries entries;

  /**
   * @param feedType ROME's feed type, {@code atom_1.0} or {@code rss_2.0}
   * @param closing the closing tag of the element that holds the entries
   * @param entryPath the local names from the root to an entry
   * @param options the feed's options
   */
  public XmlFeed(String feedType, String closing, List<String> entryPath, FeedOptions options) {
    this.feedType = feedType;
    this.closing = closing;
    this.entryPath = entryPath;
    this.entries = new SyndEntries(options, feedType);
  }

  /**
   * @param updated when the feed was updated
   * @return the XML declaration and the feed's head, up to where the entries go
   */
  public String prologue(OffsetDateTime updated) {
    String whole = serialise(entries.head(updated));
    return whole.substring(0, cut(whole));
  }

  /**
   * @param updated when the feed was updated
   * @return the closing tags after the entries
   */
  public String epilogue(OffsetDateTime updated) {
    String whole = serialise(entries.head(updated));
    return whole.substring(cut(whole));
  }

  /**
   * @param briefing the briefing
   * @param updated the entry's updated time when the briefing has no publication time
   * @param out where the entry element goes
   * @throws IOException when {@code out} fails
   */
  public void entry(Briefing briefing, OffsetDateTime updated, Appendable out) throws IOException {
    SyndFeed feed = entries.head(updated);
    feed.setEntries(List.of(entries.entry(briefing, updated)));
    Element element = document(feed).getRootElement();
    for (String name : entryPath) {
      element = element.getChild(name, element.getNamespace());
    }
    // ROME gives an Atom entry without authors an author without a name, which Atom forbids.
    Namespace ns = element.getNamespace();
    element.getChildren("author", ns).removeIf(author -> author.getChildText("name", ns).isEmpty());
    out.append(outputter().outputString(element)).append('\n');
  }

  /** @return whether the feed's head must have a link, as an RSS channel must */
  public boolean needsLink() {
    return feedType.startsWith("rss");
  }

  private int cut(String whole) {
    int at = whole.lastIndexOf(closing);
    if (at < 0) {
      throw new IllegalStateException("ROME wrote a " + feedType + " feed without " + closing);
    }
    return at;
  }

  private String serialise(SyndFeed feed) {
    return outputter().outputString(document(feed));
  }

  private static Document document(SyndFeed feed) {
    try {
      return new SyndFeedOutput().outputJDom(feed);
    } catch (FeedException e) {
      throw new BriefingException("Could not write the feed: " + e.getMessage(), e);
    }
  }

  private static XMLOutputter outputter() {
    // Raw, not pretty: a pretty format trims text, and the summary and content must keep theirs.
    return new XMLOutputter(Format.getRawFormat().setLineSeparator("\n").setEncoding("UTF-8"));
  }
}

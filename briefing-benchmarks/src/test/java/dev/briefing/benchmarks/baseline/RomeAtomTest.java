package dev.briefing.benchmarks.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import dev.briefing.benchmarks.FeedWorkload;
import dev.briefing.benchmarks.OurFormats;
import dev.briefing.benchmarks.Workload;
import dev.briefing.core.Briefing;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The ROME baseline writes an Atom feed whose entries ROME reads back with the atom format's fields. */
class RomeAtomTest {

  @ParameterizedTest
  @EnumSource(Workload.class)
  void writesTheSameEntriesAsTheFormat(Workload workload) throws Exception {
    List<Briefing> briefings = FeedWorkload.of(workload);
    StringBuilder ours = new StringBuilder();
    OurFormats.renderer("atom").renderAll(briefings.stream(), ours);

    SyndFeed baselineFeed = read(new RomeAtom().render(briefings));
    SyndFeed oursFeed = read(ours.toString());

    assertThat(baselineFeed.getFeedType()).isEqualTo(oursFeed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(baselineFeed.getEntries()).hasSize(FeedWorkload.ENTRIES);
    assertThat(baselineFeed.getEntries().stream().map(RomeAtomTest::fields).toList())
        .isEqualTo(oursFeed.getEntries().stream().map(RomeAtomTest::fields).toList());
  }

  private static SyndFeed read(String xml) throws Exception {
    return new SyndFeedInput().build(new StringReader(xml));
  }

  /** What a feed reader shows of an entry; the updated time of an undated one is when it was written. */
  private static List<Object> fields(SyndEntry entry) {
    return List.of(entry.getUri(), entry.getTitle(), String.valueOf(entry.getPublishedDate()),
        // ROME writes an author without a name for an entry with none, which the format leaves out (Atom forbids it).
        entry.getAuthors().stream().map(SyndPerson::getName).filter(name -> !name.isEmpty()).toList(),
        entry.getCategories().stream().map(SyndCategory::getName).toList(),
        entry.getDescription().getType() + ":" + entry.getDescription().getValue(),
        // The format's content ends in the whitespace of its entry's layout; a reader shows none of it.
        entry.getContents().stream().map(c -> c.getType() + ":" + c.getValue().strip()).toList());
  }
}

package dev.briefing.benchmarks;

import dev.briefing.core.Briefing;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A feed's worth of one workload: {@value #ENTRIES} copies of its briefing, each with its own
 * absolute-URI id, which every feed writer takes as the entry id as it is.
 *
 * <pre>{@code
 * List<Briefing> entries = FeedWorkload.of(Workload.SEED);
 * }</pre>
 */
public final class FeedWorkload {
  /** How many entries a feed has: a page of a typical news feed. */
  public static final int ENTRIES = 10;

  private FeedWorkload() {}

  /**
   * @param workload the briefing to copy
   * @return the feed's briefings, in order
   */
  public static List<Briefing> of(Workload workload) {
    Briefing briefing = workload.briefing();
    List<Briefing> entries = new ArrayList<>(ENTRIES);
    for (int i = 0; i < ENTRIES; i++) {
      String id = "https://news.example/briefings/" + workload.name().toLowerCase(Locale.ROOT) + "/" + i;
      entries.add(briefing.withMetadata(briefing.metadata().withId(id)));
    }
    return List.copyOf(entries);
  }
}

package dev.briefing.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Metadata;
import dev.briefing.core.testing.SeedBriefing;
import org.junit.jupiter.api.Test;

class EntryIdTest {
  private static final Briefing SEED = SeedBriefing.briefing();

  @Test
  void anAbsoluteUriIdIsTheEntryIdAsItIs() {
    Briefing briefing = SEED.withMetadata(Metadata.builder().id("tag:news.example,2026:42").build());
    assertThat(EntryId.of(briefing)).isEqualTo("tag:news.example,2026:42");
  }

  @Test
  void anyOtherIdGivesTheSameUrnEveryTime() {
    Briefing briefing = SEED.withMetadata(Metadata.builder().id("signal-2026-03-01").build());
    assertThat(EntryId.of(briefing)).startsWith("urn:uuid:").isEqualTo(EntryId.of(briefing.withSignal("Edited.")))
        .isNotEqualTo(EntryId.of(SEED.withMetadata(Metadata.builder().id("signal-2026-03-02").build())));
  }

  @Test
  void withoutAnIdTheUrnFollowsTheSignal() {
    assertThat(EntryId.of(SEED)).startsWith("urn:uuid:").isEqualTo(EntryId.of(SeedBriefing.briefing()))
        .isNotEqualTo(EntryId.of(SEED.withSignal("Another thesis.")));
  }
}

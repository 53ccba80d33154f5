package dev.briefing.editorial.internal.lint;

import dev.briefing.core.Briefing;
import dev.briefing.core.Signpost;
import dev.briefing.core.WatchItem;
import java.util.List;

/** A watch item with no observable indicator (no signpost), or with no date to look again by. */
public final class WatchItemWithoutSignpost implements Rule {
  @Override
  public void check(Briefing briefing, Report report) {
    List<WatchItem> items = briefing.watchItems();
    for (int i = 0; i < items.size(); i++) {
      WatchItem item = items.get(i);
      String path = "$.watchItems[" + i + "]";
      if (item.signposts().isEmpty()) {
        report.add(path, "watch item \"" + item.title() + "\" has no signpost: name the indicator to observe");
      } else if (item.signposts().stream().map(Signpost::reviewBy).allMatch(java.util.Optional::isEmpty)) {
        report.add(path, "watch item \"" + item.title() + "\" has no signpost with a review-by date: say when to look again");
      }
    }
  }
}

package dev.briefing.core.internal.validation;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Orders violation paths as the parts appear in a briefing: {@code title}, {@code signal},
 * {@code whatHappened}, then each impact in turn ({@code order} before {@code text}), and so on
 * to {@code metadata.sources}; a part before what it holds, list elements by index.
 *
 * <p>One rank per property name serves every type: the names each type shares with another
 * ({@code title} of a briefing, a watch item and a source) come first in each, so the ranks of
 * {@link ModelTypes#PROPERTIES}, taken type by type in the order of {@link ModelTypes#ALL}, keep every type's own order.
 */
final class DocumentOrder implements Comparator<ViolationPath> {
  static final DocumentOrder INSTANCE = new DocumentOrder();

  private final Map<String, Integer> rank = new HashMap<>();

  private DocumentOrder() {
    for (Class<?> type : ModelTypes.ALL) {
      for (String property : ModelTypes.PROPERTIES.get(type)) {
        rank.putIfAbsent(property, rank.size());
      }
    }
  }

  @Override
  public int compare(ViolationPath a, ViolationPath b) {
    Iterator<ViolationPath> left = a == null ? List.<ViolationPath>of().iterator() : a.steps().iterator();
    Iterator<ViolationPath> right = b == null ? List.<ViolationPath>of().iterator() : b.steps().iterator();
    while (left.hasNext() && right.hasNext()) {
      int byStep = compareStep(left.next(), right.next());
      if (byStep != 0) {
        return byStep;
      }
    }
    return Boolean.compare(left.hasNext(), right.hasNext());
  }

  private int compareStep(ViolationPath a, ViolationPath b) {
    if (a.isElement() || b.isElement()) {
      // At one depth either both are list elements or both properties.
      return Integer.compare(a.index(), b.index());
    }
    return Integer.compare(rankOf(a.property()), rankOf(b.property()));
  }

  private int rankOf(String property) {
    Integer found = rank.get(property);
    if (found == null) {
      throw new IllegalStateException("ModelTypes.PROPERTIES does not list the property " + property);
    }
    return found;
  }
}

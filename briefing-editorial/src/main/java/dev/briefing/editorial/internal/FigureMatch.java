package dev.briefing.editorial.internal;

import dev.briefing.core.Figure;
import java.util.List;

/**
 * Pairs the figures of two editions: first those with the same label (the first unpaired one,
 * so repeated labels pair in order), then the rest by position among the unpaired.
 */
final class FigureMatch {

  private FigureMatch() {}

  /** @return for each current figure the index of its previous figure, or -1 when it is new */
  static int[] match(List<Figure> previous, List<Figure> current) {
    int[] match = new int[current.size()];
    boolean[] taken = new boolean[previous.size()];
    for (int j = 0; j < current.size(); j++) {
      match[j] = -1;
      for (int i = 0; i < previous.size(); i++) {
        if (!taken[i] && previous.get(i).label().equals(current.get(j).label())) {
          match[j] = i;
          taken[i] = true;
          break;
        }
      }
    }
    int next = 0;
    for (int j = 0; j < current.size(); j++) {
      if (match[j] >= 0) {
        continue;
      }
      while (next < previous.size() && taken[next]) {
        next++;
      }
      if (next < previous.size()) {
        match[j] = next;
        taken[next] = true;
      }
    }
    return match;
  }

  /**
   * @return for each previous figure that is paired, its position among the paired previous
   *     figures; a figure moved only when that position is not the one it has among the paired
   *     current figures, so figures added or dropped before it do not make it "moved"
   */
  static int[] ranks(int[] match, int previousCount) {
    boolean[] paired = new boolean[previousCount];
    for (int i : match) {
      if (i >= 0) {
        paired[i] = true;
      }
    }
    int[] rank = new int[previousCount];
    int next = 0;
    for (int i = 0; i < previousCount; i++) {
      rank[i] = paired[i] ? next++ : -1;
    }
    return rank;
  }

  /** @return the position of current figure {@code j} among the paired current figures */
  static int rankOfCurrent(int[] match, int j) {
    int rank = 0;
    for (int k = 0; k < j; k++) {
      if (match[k] >= 0) {
        rank++;
      }
    }
    return rank;
  }
}

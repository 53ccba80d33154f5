package dev.briefing.core.internal.validation;

import java.util.Comparator;

/** Orders paths so that {@code impacts[2]} comes before {@code impacts[10]}. */
final class PathOrder implements Comparator<String> {
  static final PathOrder INSTANCE = new PathOrder();

  @Override
  public int compare(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char ca = a.charAt(i);
      char cb = b.charAt(j);
      if (Character.isDigit(ca) && Character.isDigit(cb)) {
        int endA = i;
        while (endA < a.length() && Character.isDigit(a.charAt(endA))) {
          endA++;
        }
        int endB = j;
        while (endB < b.length() && Character.isDigit(b.charAt(endB))) {
          endB++;
        }
        int byLength = Integer.compare(endA - i, endB - j);
        if (byLength != 0) {
          return byLength;
        }
        int byDigits = a.substring(i, endA).compareTo(b.substring(j, endB));
        if (byDigits != 0) {
          return byDigits;
        }
        i = endA;
        j = endB;
      } else {
        if (ca != cb) {
          return Character.compare(ca, cb);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}

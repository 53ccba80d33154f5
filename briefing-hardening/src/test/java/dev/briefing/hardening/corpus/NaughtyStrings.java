package dev.briefing.hardening.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The Big List of Naughty Strings (minimaxir/big-list-of-naughty-strings, MIT), from the npm
 * package {@code blns}: one string a line in {@code blns.txt}, where lines starting with
 * {@code #} are comments and blank lines separate groups.
 *
 * <pre>{@code
 * List<String> strings = NaughtyStrings.load();
 * }</pre>
 */
public final class NaughtyStrings {

  static final String FILE = "blns/package/resources/blns.txt";

  private NaughtyStrings() {}

  /** @return every naughty string, in file order */
  public static List<String> load() {
    List<String> strings = new ArrayList<>();
    for (String line : Corpora.read(FILE).split("\n", -1)) {
      if (!line.isEmpty() && !line.startsWith("#")) {
        strings.add(line);
      }
    }
    return strings;
  }
}

package dev.briefing.render.repair;

import dev.briefing.core.Location;
import dev.briefing.core.format.TextRepair;
import java.util.List;

/**
 * Text after {@link TextRepairer}: the repaired text, every repair made, and the damaged
 * characters left alone because their surroundings did not tell what they stood for.
 *
 * <pre>{@code
 * RepairedText result = TextRepairer.standard().repair("Karpathy\u0E42s move");
 * result.text();            // "Karpathy’s move"
 * result.repairs().get(0);  // 1:9 'โ' -> '’'
 * }</pre>
 */
public final class RepairedText {

  private final String text;
  private final List<TextRepair> repairs;
  private final List<Location> unclear;

  RepairedText(String text, List<TextRepair> repairs, List<Location> unclear) {
    this.text = text;
    this.repairs = List.copyOf(repairs);
    this.unclear = List.copyOf(unclear);
  }

  /** @return the repaired text; the input itself when nothing was damaged */
  public String text() {
    return text;
  }

  /** @return every repair, in text order, with 1-based line and column in the input */
  public List<TextRepair> repairs() {
    return repairs;
  }

  /** @return where damaged characters were left as they were, in text order */
  public List<Location> unclear() {
    return unclear;
  }

  /** @return whether any repair was made */
  public boolean changed() {
    return !repairs.isEmpty();
  }

  @Override
  public String toString() {
    return "RepairedText" + repairs;
  }
}

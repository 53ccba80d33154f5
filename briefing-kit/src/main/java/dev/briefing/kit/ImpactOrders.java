package dev.briefing.kit;

import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Impact;
import dev.briefing.core.Violation;
import java.util.List;

/**
 * The impact-order words a format writes before each impact ("First-order", "Zweite
 * Ordnung"), with the one failure a renderer cannot avoid: an impact whose order has no word
 * (outside 1..10) is a {@link BriefingValidationException} naming {@code impacts[i].order},
 * never an index error, so every format reports it alike.
 *
 * <pre>{@code
 * List<Impact> impacts = briefing.impacts();
 * for (int i = 0; i < impacts.size(); i++) {
 *   out.append(ImpactOrders.label(labels, impacts, i)).append(": ").append(impacts.get(i).text());
 * }
 * }</pre>
 */
public final class ImpactOrders {

  private ImpactOrders() {}

  /**
   * @param labels the words in use
   * @param impacts a briefing's impacts
   * @param index which impact
   * @return its order word, such as "Second-order"
   * @throws BriefingValidationException when the impact's order has no word
   */
  public static String label(SectionLabels labels, List<Impact> impacts, int index) {
    List<String> orders = labels.impactOrders();
    return orders.get(index(orders.size(), impacts.get(index).order(), index));
  }

  /**
   * For a format that prepares its order words (escaped, with their markup) once, in an array.
   *
   * @param labelCount how many order words there are
   * @param order the impact's order
   * @param index the impact's index in the briefing, for the violation path
   * @return the index of the order's word
   * @throws BriefingValidationException when the order has no word
   */
  public static int index(int labelCount, int order, int index) {
    if (order < 1 || order > labelCount) {
      throw new BriefingValidationException(List.of(Violation.of("impacts[" + index + "].order",
          "must be between 1 and " + labelCount + " to be rendered, but was " + order)));
    }
    return order - 1;
  }
}

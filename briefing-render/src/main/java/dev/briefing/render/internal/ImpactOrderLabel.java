package dev.briefing.render.internal;

import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Violation;
import java.util.List;

/**
 * Finds which precomputed impact-order label an impact uses, reporting an order outside the
 * labels as a violation rather than an index error.
 */
public final class ImpactOrderLabel {

  private ImpactOrderLabel() {}

  /**
   * @param labelCount how many order labels there are
   * @param order the impact's order
   * @param index the impact's index in the briefing, for the violation path
   * @return the index of the order's label
   * @throws BriefingValidationException when the order has no label
   */
  public static int index(int labelCount, int order, int index) {
    if (order < 1 || order > labelCount) {
      throw new BriefingValidationException(List.of(Violation.of("impacts[" + index + "].order",
          "must be between 1 and " + labelCount + " to be rendered, but was " + order)));
    }
    return order - 1;
  }
}

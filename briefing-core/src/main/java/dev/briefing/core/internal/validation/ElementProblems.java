package dev.briefing.core.internal.validation;

/**
 * A type-level rule of the model that finds problems in the elements of one of its lists, so
 * that {@link ModelRules} can name them without a Bean Validation provider.
 *
 * @param <T> the model type the rule is declared on
 */
interface ElementProblems<T> {

  /** Receives each problem found. */
  interface Report {
    /**
     * @param list the list property, such as {@code impacts}
     * @param index the element's index
     * @param property the element's property, such as {@code order}
     * @param message what is wrong
     */
    void problem(String list, int index, String property, String message);
  }

  /**
   * @param value the object to check, not null
   * @param report receives every problem, in the order of the elements
   * @return how many elements were compared, the work done, which a test counts
   */
  int problems(T value, Report report);
}

package dev.briefing.render.internal.parse;

/** The sections of a briefing, in the order they are written. */
public enum Section {
  SIGNAL("The Signal", true),
  WHAT_HAPPENED("What Happened", true),
  WHY_IT_MATTERS("Why It Matters", false),
  THE_NUMBERS("The Numbers", false),
  WHAT_TO_WATCH("What To Watch", false),
  DETAILS("Details", false);

  private final String title;
  private final boolean required;

  Section(String title, boolean required) {
    this.title = title;
    this.required = required;
  }

  /** @return the English heading, used in messages and locations */
  public String title() {
    return title;
  }

  /** @return whether every briefing has this section */
  public boolean required() {
    return required;
  }

  /**
   * @param other a section
   * @return whether this section is written after {@code other}
   */
  public boolean after(Section other) {
    return other == null || ordinal() > other.ordinal();
  }
}

package dev.briefing.core.internal.validation;

/**
 * The bounds of every rule, in one place: the constraint annotations on the model and the
 * allocation-free check in {@link FastValidity} both read them, so they cannot drift apart.
 */
public final class Limits {
  public static final int TITLE = 300;
  public static final int SIGNAL = 5_000;
  public static final int WHAT_HAPPENED = 20_000;
  public static final int IMPACTS = 100;
  public static final int IMPACT_TEXT = 5_000;
  public static final int FIGURES = 1_000;
  public static final int FIGURE_VALUE = 100;
  public static final int FIGURE_LABEL = 500;
  public static final int FIGURE_SOURCE = 500;
  public static final int FIGURE_AS_OF = 100;
  public static final int WATCH_ITEMS = 200;
  public static final int WATCH_TITLE = 200;
  public static final int WATCH_DESCRIPTION = 5_000;
  public static final int SIGNPOSTS = 20;
  public static final int SIGNPOST_INDICATOR = 500;
  public static final int SIGNPOST_THRESHOLD = 500;
  public static final int ALTERNATIVE_VIEWS = 20;
  public static final int ALTERNATIVE_TEXT = 5_000;
  public static final int HORIZON_PART = 9_999;
  public static final int ID = 200;
  public static final int AUTHORS = 50;
  public static final int AUTHOR = 200;
  public static final int TAGS = 50;
  public static final int TAG = 100;
  public static final int SOURCES = 200;
  public static final int SOURCE_TITLE = 500;
  public static final int URL = 2_000;

  private Limits() {}
}

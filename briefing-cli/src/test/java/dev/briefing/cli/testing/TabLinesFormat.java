package dev.briefing.cli.testing;

/** The {@link TabFormat} as a single-briefing format, {@code test-tab} ({@code .tab}). */
public final class TabLinesFormat extends TabFormat {

  /** Called by {@link java.util.ServiceLoader}. */
  public TabLinesFormat() {
    super("test-tab", ".tab", "text/x-test-tab", false);
  }
}

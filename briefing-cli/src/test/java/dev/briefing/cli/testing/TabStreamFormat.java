package dev.briefing.cli.testing;

/**
 * The {@link TabFormat} as a many-document format, {@code test-tabs} ({@code .tabs}), under a
 * media type of its own: the command treats it as a batch because it says it is one.
 */
public final class TabStreamFormat extends TabFormat {

  /** Called by {@link java.util.ServiceLoader}. */
  public TabStreamFormat() {
    super("test-tabs", ".tabs", "text/x-test-tabs", true);
  }
}

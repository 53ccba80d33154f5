package dev.briefing.cli.testing;

/**
 * The {@link TabFormat} as a stream of briefings under the NDJSON media type, {@code
 * test-tabs} ({@code .tabs}), so the command treats it as a batch.
 */
public final class TabStreamFormat extends TabFormat {

  /** Called by {@link java.util.ServiceLoader}. */
  public TabStreamFormat() {
    super("test-tabs", ".tabs", "application/x-ndjson");
  }
}

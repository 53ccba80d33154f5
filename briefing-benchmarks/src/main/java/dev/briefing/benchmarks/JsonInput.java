package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.StreamingJsonWriter;
import dev.briefing.core.Briefing;

/**
 * The JSON every reader in a read benchmark gets, byte for byte the same: what our {@code json}
 * format writes when it is on the class path, else what the streaming baseline writes (the same
 * shape). The baselines skip properties they do not know, so they can read either.
 *
 * <pre>{@code
 * String json = JsonInput.of(Workload.SEED.briefing());
 * }</pre>
 */
public final class JsonInput {
  private JsonInput() {}

  /**
   * @param briefing a briefing
   * @return its JSON document
   */
  public static String of(Briefing briefing) {
    return OurFormats.canWrite("json")
        ? OurFormats.renderer("json").render(briefing)
        : new StreamingJsonWriter().write(briefing);
  }
}

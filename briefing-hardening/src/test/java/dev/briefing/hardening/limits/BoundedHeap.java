package dev.briefing.hardening.limits;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@link ParseInBoundedHeap} in a child JVM with a given maximum heap and the serial
 * collector, whose heap holds little beyond what is live, so that "completes at N MiB" is
 * about the parser and not about the collector's slack.
 *
 * <pre>{@code
 * BoundedHeap.Outcome outcome = BoundedHeap.parse(48, "text", "- lines", 4 << 20);
 * }</pre>
 */
final class BoundedHeap {

  private BoundedHeap() {}

  /**
   * @param status the child's exit status, see {@link ParseInBoundedHeap}
   * @param said what it printed: "read" or the name of the exception that refused the input
   */
  record Outcome(int status, String said) {
    boolean completed() {
      return status == ParseInBoundedHeap.COMPLETED;
    }
  }

  static Outcome parse(int maxHeapMiB, String format, String shape, int chars) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    // The quick compiler only: a child parses one input once, and compiling for peak speed would
    // cost it more than it saves. It changes nothing of what the heap must hold.
    Process child = new ProcessBuilder(List.of(java, "-Xmx" + maxHeapMiB + "m", "-XX:+UseSerialGC", "-Xss1m",
        "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData",
        "-cp", System.getProperty("java.class.path"), ParseInBoundedHeap.class.getName(), format, shape,
        Integer.toString(chars)))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    String said = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    if (!child.waitFor(5, TimeUnit.MINUTES)) {
      child.destroyForcibly();
      throw new AssertionError("parsing " + shape + " (" + format + ", " + chars + " chars) in " + maxHeapMiB
          + " MiB did not end within 5 minutes");
    }
    return new Outcome(child.exitValue(), said);
  }
}

package dev.briefing.cli.internal;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * A one-line progress display on standard error for batch conversions, redrawn at most ten
 * times a second: bytes (and inputs) done of the total, briefings, rate and time left, then a
 * one-line summary (briefings, repairs, warnings, failures, time). Bytes done are shown as a
 * share of the total, which fits a narrow terminal better than a bar. Only used on a terminal, so
 * redirected output never contains it; {@link #none()} shows nothing.
 *
 * <pre>{@code
 * Progress progress = Progress.on(err, 3, 42_000_000, System::nanoTime);
 * progress.startInput("a.ndjson");
 * progress.bytes(8192);
 * progress.briefing();
 * progress.finish(false);
 * }</pre>
 */
class Progress {

  private static final long REDRAW_NANOS = 100_000_000L;
  /** Kept under the 80 columns every terminal has, so the line never wraps. */
  private static final int WIDTH = 79;

  private final PrintWriter err;
  private final int inputs;
  private final long totalBytes;
  private final LongSupplier clock;
  private final long start;
  private int input;
  private String name = "";
  private long bytes;
  private long briefings;
  private long repairs;
  private long warnings;
  private long failures;
  private long lastDraw;
  private int drawnWidth;

  private Progress(PrintWriter err, int inputs, long totalBytes, LongSupplier clock) {
    this.err = err;
    this.inputs = inputs;
    this.totalBytes = totalBytes;
    this.clock = clock;
    this.start = clock.getAsLong();
    this.lastDraw = start - REDRAW_NANOS;
  }

  /** @return a display that shows nothing */
  static Progress none() {
    return new Progress(null, 0, -1, () -> 0) {
      @Override
      void startInput(String inputName) {}

      @Override
      void bytes(long count) {}

      @Override
      void briefing(int repaired, int warned) {}

      @Override
      void failure() {}

      @Override
      void finish(boolean failed) {}
    };
  }

  /**
   * @param err standard error, a terminal
   * @param inputs how many inputs the batch has
   * @param totalBytes their size in bytes, or -1 when unknown (standard input)
   * @param clock the time in nanoseconds, {@code System::nanoTime}
   * @return a display for the batch
   */
  static Progress on(PrintWriter err, int inputs, long totalBytes, LongSupplier clock) {
    return new Progress(err, inputs, totalBytes, clock);
  }

  void startInput(String inputName) {
    input++;
    name = SafeText.escape(inputName);
    draw(clock.getAsLong());
  }

  void bytes(long count) {
    bytes += count;
    maybeDraw();
  }

  void briefing(int repaired, int warned) {
    briefings++;
    repairs += repaired;
    warnings += warned;
    maybeDraw();
  }

  void failure() {
    failures++;
  }

  /**
   * Clears the display and prints the summary line.
   *
   * @param failed whether the run failed, so that the failure is counted once more
   */
  void finish(boolean failed) {
    err.print('\r' + " ".repeat(drawnWidth) + '\r');
    long failuresSeen = failures == 0 && failed ? 1 : failures;
    err.println(String.format(Locale.ROOT, "%s, %s, %s, %s in %s",
        count(briefings, "briefing"), count(repairs, "repair"), count(warnings, "warning"),
        count(failuresSeen, "failure"), duration(clock.getAsLong() - start)));
    err.flush();
  }

  private void maybeDraw() {
    long now = clock.getAsLong();
    if (now - lastDraw >= REDRAW_NANOS) {
      draw(now);
    }
  }

  private void draw(long now) {
    lastDraw = now;
    double seconds = Math.max(1e-9, (now - start) / 1e9);
    double rate = bytes / seconds;
    StringBuilder line = new StringBuilder();
    if (totalBytes > 0) {
      line.append(100 * Math.min(bytes, totalBytes) / totalBytes).append("% of ").append(size(totalBytes));
    } else {
      line.append(size(bytes));
    }
    if (inputs > 1) {
      line.append(", input ").append(input).append('/').append(inputs);
    }
    line.append(", ").append(count(briefings, "briefing"))
        .append(", ").append(size(Math.round(rate))).append("/s");
    if (totalBytes > 0 && bytes > 0 && bytes < totalBytes) {
      long left = Math.round((totalBytes - bytes) / rate);
      line.append(", ").append(left < 60 ? left + " s" : duration(left * 1_000_000_000L)).append(" left");
    }
    // The input's name gets what room is left, losing its start (the directories) first.
    int room = WIDTH - line.length() - 2;
    if (room > 1) {
      line.append("  ").append(name.length() <= room ? name : "…" + name.substring(name.length() - room + 1));
    }
    if (line.length() > WIDTH) {
      line.setLength(WIDTH);
    }
    int width = line.length();
    String padding = width < drawnWidth ? " ".repeat(drawnWidth - width) : "";
    drawnWidth = Math.max(width, drawnWidth);
    err.print("\r" + line + padding);
    err.flush();
  }

  static String count(long n, String noun) {
    return String.format(Locale.ROOT, "%,d %s%s", n, noun, n == 1 ? "" : "s");
  }

  static String size(long bytes) {
    if (bytes < 1000) {
      return bytes + " B";
    }
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }
    if (bytes < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
  }

  static String duration(long nanos) {
    double seconds = nanos / 1e9;
    if (seconds < 60) {
      return String.format(Locale.ROOT, "%.1f s", seconds);
    }
    long whole = Math.round(seconds);
    return whole >= 3600
        ? String.format(Locale.ROOT, "%d:%02d:%02d", whole / 3600, whole / 60 % 60, whole % 60)
        : String.format(Locale.ROOT, "%d:%02d", whole / 60, whole % 60);
  }
}

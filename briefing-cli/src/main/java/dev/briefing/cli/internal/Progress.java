package dev.briefing.cli.internal;

import java.io.PrintWriter;

/**
 * A one-line progress display on standard error for batch conversions, redrawn at most ten
 * times a second. Only used on a terminal, so redirected output never contains it.
 */
class Progress {

  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int BAR = 24;

  private final PrintWriter err;
  private final int inputs;
  private int input;
  private String name = "";
  private long briefings;
  private long lastDraw;
  private int drawnWidth;

  private Progress(PrintWriter err, int inputs) {
    this.err = err;
    this.inputs = inputs;
  }

  /** @return a display that shows nothing */
  static Progress none() {
    return new Progress(null, 0) {
      @Override
      void startInput(String inputName) {}

      @Override
      void briefing() {}

      @Override
      void finish() {}
    };
  }

  /**
   * @param err standard error, a terminal
   * @param inputs how many inputs the batch has
   * @return a display for the batch
   */
  static Progress on(PrintWriter err, int inputs) {
    return new Progress(err, inputs);
  }

  void startInput(String inputName) {
    input++;
    name = inputName;
    draw();
  }

  void briefing() {
    briefings++;
    long now = System.nanoTime();
    if (now - lastDraw >= REDRAW_NANOS) {
      lastDraw = now;
      draw();
    }
  }

  /** Clears the display, leaving the terminal line as it was. */
  void finish() {
    err.print('\r' + " ".repeat(drawnWidth) + '\r');
    err.flush();
  }

  private void draw() {
    StringBuilder line = new StringBuilder("\r");
    if (inputs > 1) {
      int filled = (int) ((long) BAR * (input - 1) / inputs);
      line.append('[').append("#".repeat(filled)).append(".".repeat(BAR - filled)).append("] ")
          .append(input).append('/').append(inputs).append(" inputs, ");
    }
    line.append(String.format("%,d", briefings)).append(briefings == 1 ? " briefing" : " briefings");
    line.append("  ").append(name);
    int width = line.length() - 1;
    if (width < drawnWidth) {
      line.append(" ".repeat(drawnWidth - width));
    }
    drawnWidth = Math.max(width, drawnWidth);
    err.print(line);
    err.flush();
  }
}

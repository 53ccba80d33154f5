package dev.briefing.render.internal.tolerant;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import java.io.IOException;
import java.util.Arrays;

/**
 * An {@link Appendable} that compares what a renderer writes with an input as it comes and stops
 * the renderer at the first difference, so a rendering that does not match costs only its common
 * prefix. The input may lack line breaks the rendering ends with, and may hold one span the
 * rendering leaves out (an HTML page's JSON-LD, derived from the rest and not read).
 *
 * <pre>{@code
 * boolean ours = SameText.written(TextRenderer.standard(), briefing, input);
 * }</pre>
 */
public final class SameText implements Appendable {

  /** Thrown to stop a renderer; without a stack trace, since it is not an error. */
  private static final IOException DIFFERENT = new IOException("differs", null) {
    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  };

  private static final int PIECE = 8192;

  private final String input;
  private final int gapFrom;
  private final int gapTo;
  private int at;
  /** A piece of the input and of the rendering, made only when the rendering comes in long runs. */
  private char[] inputPiece;
  private char[] renderedPiece;

  private SameText(String input, int gapFrom, int gapTo) {
    this.input = input;
    this.gapFrom = gapFrom;
    this.gapTo = gapTo;
  }

  /**
   * @param renderer the renderer
   * @param briefing what it renders
   * @param input the input
   * @return whether the renderer writes the briefing as the input, up to line breaks at the end
   */
  public static boolean written(BriefingRenderer renderer, Briefing briefing, String input) {
    return written(renderer, briefing, input, input.length(), input.length());
  }

  /**
   * @param renderer the renderer
   * @param briefing what it renders
   * @param input the input
   * @param gapFrom where a span of the input that the renderer does not write begins
   * @param gapTo where it ends
   * @return whether the renderer writes the briefing as the input without that span, up to line
   *     breaks at the end
   */
  public static boolean written(BriefingRenderer renderer, Briefing briefing, String input, int gapFrom, int gapTo) {
    if (gapFrom < 0 || gapFrom > gapTo || gapTo > input.length()) {
      throw new IllegalArgumentException("gap " + gapFrom + ".." + gapTo + " is not within 0.." + input.length());
    }
    SameText same = new SameText(input, gapFrom, gapTo);
    try {
      renderer.renderTo(briefing, same);
    } catch (IOException e) {
      return false;
    }
    same.skipGap();
    for (int i = same.at; i < input.length(); i++) {
      if (input.charAt(i) != '\n') {
        return false;
      }
    }
    return true;
  }

  private void skipGap() {
    if (at == gapFrom) {
      at = gapTo;
    }
  }

  @Override
  public Appendable append(CharSequence s) throws IOException {
    return append(s, 0, s.length());
  }

  @Override
  public Appendable append(CharSequence s, int start, int end) throws IOException {
    int from = start;
    while (from < end) {
      skipGap();
      int room = (at < gapFrom ? gapFrom : input.length()) - at;
      int length = Math.min(end - from, room);
      if (length == 0) {
        // Past the whole input: only the final line breaks it may lack.
        for (int i = from; i < end; i++) {
          append(s.charAt(i));
        }
        return this;
      }
      if (!matches(s, from, length)) {
        throw DIFFERENT;
      }
      at += length;
      from += length;
    }
    return this;
  }

  private boolean matches(CharSequence s, int from, int length) {
    boolean string = s instanceof String;
    if (length > 64 && (string || s instanceof StringBuilder)) {
      // A long run (a paragraph, a page handed over whole) is compared as arrays, piece by
      // piece: on Java 17 a string's regionMatches and a call per character go a character at
      // a time, where copying out and Arrays.mismatch go many at once.
      if (inputPiece == null) {
        inputPiece = new char[PIECE];
        renderedPiece = new char[PIECE];
      }
      for (int done = 0; done < length; done += PIECE) {
        int piece = Math.min(PIECE, length - done);
        input.getChars(at + done, at + done + piece, inputPiece, 0);
        if (string) {
          ((String) s).getChars(from + done, from + done + piece, renderedPiece, 0);
        } else {
          ((StringBuilder) s).getChars(from + done, from + done + piece, renderedPiece, 0);
        }
        if (Arrays.mismatch(inputPiece, 0, piece, renderedPiece, 0, piece) >= 0) {
          return false;
        }
      }
      return true;
    }
    if (string) {
      return input.regionMatches(at, (String) s, from, length);
    }
    for (int i = 0; i < length; i++) {
      if (input.charAt(at + i) != s.charAt(from + i)) {
        return false;
      }
    }
    return true;
  }

  @Override
  public Appendable append(char c) throws IOException {
    skipGap();
    if (at < input.length() && input.charAt(at) == c) {
      at++;
    } else if (c != '\n' || at < input.length()) {
      throw DIFFERENT;
    }
    // else a line break after the whole input: one of the final line breaks the input may lack
    return this;
  }
}

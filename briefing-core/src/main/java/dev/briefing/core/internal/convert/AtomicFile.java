package dev.briefing.core.internal.convert;

import dev.briefing.core.BriefingIOException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file through a temporary sibling that replaces the target only when everything was
 * written, so a failed conversion never leaves a half-written result behind.
 */
public final class AtomicFile {

  /** What is written into the file. */
  @FunctionalInterface
  public interface Content<T> {
    /**
     * @param out where to write
     * @return a result for the caller
     * @throws IOException when writing fails
     */
    T writeTo(Writer out) throws IOException;
  }

  private AtomicFile() {}

  /**
   * @param target the file to create or replace
   * @param content what to write, as UTF-8
   * @param <T> the content's result
   * @return the content's result
   */
  public static <T> T write(Path target, Content<T> content) {
    Path absolute = target.toAbsolutePath();
    Path temp = null;
    try {
      temp = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName(), ".tmp");
      T result;
      try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        result = content.writeTo(out);
      }
      move(temp, absolute);
      temp = null;
      return result;
    } catch (IOException e) {
      throw new BriefingIOException("Could not write " + target, e);
    } catch (UncheckedIOException e) {
      throw new BriefingIOException("Could not write " + target, e.getCause());
    } finally {
      if (temp != null) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException ignored) {
          // The original failure is the one worth reporting.
        }
      }
    }
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

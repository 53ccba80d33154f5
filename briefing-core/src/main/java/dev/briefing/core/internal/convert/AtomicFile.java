package dev.briefing.core.internal.convert;

import dev.briefing.core.BriefingIOException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.security.SecureRandom;

/**
 * Writes a file through a temporary sibling that replaces the target only when everything was
 * written, so a failed conversion never leaves a half-written result behind.
 *
 * <p>Behaves as {@code cp} does: a symbolic link is followed and its target written; an
 * existing file keeps its mode (and its owner and group where the process may set them); a new
 * file gets the mode the umask gives. Anything that is not a regular file (a device such as
 * {@code /dev/null}, a FIFO) is written into, never replaced, and so not atomically. The
 * temporary file, {@code .<name><random>.tmp}, is removed on failure and when the JVM is
 * stopped before it was moved into place.
 */
public final class AtomicFile {

  private static final int MAX_LINKS = 40;
  private static final SecureRandom RANDOM = new SecureRandom();

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
    Path destination = followLinks(target);
    if (Files.isDirectory(destination)) {
      throw new BriefingIOException("Could not write " + target, new IOException("it is a directory"));
    }
    if (Files.exists(destination) && !Files.isRegularFile(destination)) {
      return writeInPlace(target, destination, content);
    }
    Path directory = destination.getParent();
    if (!Files.isDirectory(directory)) {
      throw new BriefingIOException("Could not write " + target, new NoSuchFileException(directory.toString(),
          null, Files.exists(directory) ? "not a directory" : "the directory does not exist"));
    }
    Path temp = null;
    try {
      temp = createSibling(destination);
      T result;
      try (Writer out = writer(Files.newOutputStream(temp, StandardOpenOption.WRITE))) {
        result = content.writeTo(out);
      }
      keepAttributes(destination, temp);
      move(temp, destination);
      PendingFiles.done(temp);
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
        PendingFiles.done(temp);
      }
    }
  }

  /** Where {@code cp} would write: the end of a chain of symbolic links (which may not exist yet). */
  private static Path followLinks(Path target) {
    Path path = target.toAbsolutePath();
    try {
      for (int hops = 0; Files.isSymbolicLink(path); hops++) {
        if (hops == MAX_LINKS) {
          throw new FileSystemException(target.toString(), null, "too many levels of symbolic links");
        }
        path = path.resolveSibling(Files.readSymbolicLink(path)).normalize();
      }
    } catch (IOException e) {
      throw new BriefingIOException("Could not write " + target, e);
    }
    return path;
  }

  private static <T> T writeInPlace(Path target, Path destination, Content<T> content) {
    try (Writer out = writer(Files.newOutputStream(destination, StandardOpenOption.WRITE))) {
      return content.writeTo(out);
    } catch (IOException e) {
      throw new BriefingIOException("Could not write " + target, e);
    } catch (UncheckedIOException e) {
      throw new BriefingIOException("Could not write " + target, e.getCause());
    }
  }

  /**
   * Creates the temporary file with the mode a new file gets from the umask, unlike {@link
   * Files#createTempFile}, which makes it {@code 0600}, and registers it for removal.
   */
  private static Path createSibling(Path destination) throws IOException {
    String prefix = "." + destination.getFileName();
    while (true) {
      Path temp = destination.resolveSibling(prefix + Long.toUnsignedString(RANDOM.nextLong()) + ".tmp");
      PendingFiles.add(temp);
      try {
        Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return temp;
      } catch (FileAlreadyExistsException taken) {
        PendingFiles.done(temp);
      } catch (IOException e) {
        PendingFiles.done(temp);
        throw e;
      }
    }
  }

  /** An existing file keeps its mode, and its owner and group where the process may set them. */
  private static void keepAttributes(Path destination, Path temp) throws IOException {
    PosixFileAttributeView existing = Files.getFileAttributeView(destination, PosixFileAttributeView.class);
    if (existing == null || !Files.exists(destination)) {
      return;
    }
    PosixFileAttributes attributes = existing.readAttributes();
    PosixFileAttributeView copy = Files.getFileAttributeView(temp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    try {
      copy.setOwner(attributes.owner());
    } catch (FileSystemException notPermitted) {
      // Only a privileged process may give a file away; the mode still carries over.
    }
    try {
      copy.setGroup(attributes.group());
    } catch (FileSystemException notPermitted) {
      // Only to a group the process is in.
    }
    // After the owner: changing the owner may clear set-user-ID bits.
    copy.setPermissions(attributes.permissions());
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8.newEncoder()));
  }

  private static void move(Path from, Path to) throws IOException {
    try {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
  }
}

package dev.briefing.cli.internal;

import dev.briefing.core.BriefingIOException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongConsumer;

/** One INPUT argument: a file, or {@code -} for standard input. */
final class Input {

  private static final String STDIN = "-";
  private static final int BUFFER = 64 * 1024;

  private final String argument;

  private Input(String argument) {
    this.argument = argument;
  }

  static Input of(String argument) {
    return new Input(argument);
  }

  boolean isStdin() {
    return STDIN.equals(argument);
  }

  /** @return how errors name this input */
  String displayName() {
    return isStdin() ? "<stdin>" : argument;
  }

  Path path() {
    return Path.of(argument);
  }

  /** @return a readable file, checked so a missing one gets a plain message */
  Path existingFile() {
    Path path = path();
    if (Files.isDirectory(path)) {
      throw new BriefingIOException("Could not read " + argument, new IOException("it is a directory"));
    }
    if (!Files.isReadable(path)) {
      throw new BriefingIOException("Could not read " + argument,
          new IOException(Files.exists(path) ? "permission denied" : "no such file"));
    }
    return path;
  }

  /**
   * @param stdin standard input
   * @param onRead told how many bytes each read took
   * @return the content as UTF-8, buffered enough to tell its format from the first lines
   */
  BufferedReader open(InputStream stdin, LongConsumer onRead) {
    InputStream bytes;
    if (isStdin()) {
      bytes = stdin;
    } else {
      try {
        bytes = Files.newInputStream(existingFile());
      } catch (IOException e) {
        throw new BriefingIOException("Could not read " + argument, e);
      }
    }
    return new BufferedReader(new InputStreamReader(new CountedStream(bytes, onRead), utf8()), BUFFER);
  }

  /** @return the file's size in bytes, or -1 for standard input or a file that cannot be read */
  long size() {
    if (isStdin()) {
      return -1;
    }
    try {
      return Files.isRegularFile(path()) ? Files.size(path()) : -1;
    } catch (IOException e) {
      return -1;
    }
  }

  /** A decoder that fails on bytes that are not UTF-8, instead of silently replacing them. */
  private static CharsetDecoder utf8() {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  @Override
  public String toString() {
    return displayName();
  }
}

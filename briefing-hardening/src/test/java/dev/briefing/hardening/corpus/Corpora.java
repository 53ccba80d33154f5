package dev.briefing.hardening.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the public corpora are unpacked at build time ({@code target/corpora}, from the npm
 * packages the module's pom pins by version and SHA-256), and how to read a file from there.
 *
 * <pre>{@code
 * String text = Corpora.read("blns/package/resources/blns.txt");
 * }</pre>
 */
public final class Corpora {

  private Corpora() {}

  /** @return the text of {@code relative} under the corpora directory, as UTF-8 */
  public static String read(String relative) {
    Path path = directory().resolve(relative);
    if (!Files.isRegularFile(path)) {
      throw new IllegalStateException(path + " is missing: the build unpacks the corpora into "
          + directory() + " in the generate-test-resources phase (npm must be on the PATH)");
    }
    try {
      return Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** @return the corpora directory */
  public static Path directory() {
    return Path.of(System.getProperty("corpora.dir", "target/corpora"));
  }
}

package dev.briefing.render.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares rendered output with a golden file in {@code src/test/resources/golden}, byte for
 * byte. On a mismatch the actual output is written under {@code target/golden-actual} so it
 * can be reviewed and, when right, copied over the golden file.
 */
public final class Golden {

  private Golden() {}

  /**
   * @param name the golden file's name, such as {@code seed.md}
   * @param actual what the renderer wrote
   */
  public static void assertMatches(String name, String actual) {
    byte[] expected = read("/golden/" + name);
    byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
    if (!java.util.Arrays.equals(expected, bytes)) {
      try {
        Path out = Path.of("target", "golden-actual", name);
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    assertThat(new String(bytes, StandardCharsets.UTF_8))
        .as("golden file %s (actual output in target/golden-actual)", name)
        .isEqualTo(new String(expected, StandardCharsets.UTF_8));
    assertThat(bytes).isEqualTo(expected);
  }

  private static byte[] read(String resource) {
    try (InputStream in = Golden.class.getResourceAsStream(resource)) {
      if (in == null) {
        return new byte[0];
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

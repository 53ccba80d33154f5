package dev.briefing.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads this module's test fixtures from {@code src/test/resources}. */
public final class Fixtures {

  private Fixtures() {}

  /**
   * @param path a resource path such as {@code "markdown/seed.md"}
   * @return its text, decoded as UTF-8
   */
  public static String read(String path) {
    try (InputStream in = Fixtures.class.getResourceAsStream("/" + path)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

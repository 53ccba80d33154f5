package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BrokenFormatProviderTest {

  @TempDir
  Path dir;

  // A provider whose constructor fails is loaded from the class path by briefing-cli's
  // BrokenProviderIT: in this module's tests, every test class is inside the named module.
  @Test
  void aMissingProviderClassIsNamedInsteadOfARawLoaderError() throws IOException {
    String provider = "com.example.MissingFormat";
    Path services = Files.createDirectories(dir.resolve("META-INF/services"));
    Files.writeString(services.resolve(BriefingFormat.class.getName()), provider + "\n");

    try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader())) {
      assertThatThrownBy(() -> FormatRegistry.load(loader))
          .isInstanceOfSatisfying(BrokenFormatProviderException.class,
              e -> assertThat(e.provider()).isEqualTo(provider))
          .hasMessage("The format provider com.example.MissingFormat could not be loaded: not found");
    }
  }
}

package dev.briefing.render.house;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.SeedBriefing;
import org.junit.jupiter.api.Test;

/**
 * Runs on the class path (its own Surefire execution), where {@code META-INF/services} files
 * are what {@link java.util.ServiceLoader} reads: the library's own and the application's
 * ({@code src/test/resources/META-INF/services}).
 */
class UserFormatOnClassPathTest {

  @Test
  void runsOnTheClassPath() {
    assertThat(UserFormatOnClassPathTest.class.getModule().isNamed()).isFalse();
  }

  @Test
  void serviceFilesRegisterTheBuiltInFormatsAndTheApplicationsOwn() {
    FormatRegistry formats = FormatRegistry.loadDefault();
    // json and ndjson are on the test class path for the tolerant corpus's expected briefings.
    assertThat(formats.names()).containsExactly("house", "html", "json", "jsonld", "markdown", "ndjson", "text");
    assertThat(formats.renderer("house").render(SeedBriefing.briefing()))
        .isEqualTo(UserFormatTest.SEED_IN_HOUSE_STYLE);
  }
}

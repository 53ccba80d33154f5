import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.email.EmailRenderer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the seed briefing's email to the file named by the first argument, for
 * {@code email.sh} to photograph. Run as a single-file program on the email module's test
 * class path.
 */
public class RenderSeedEmail {
  public static void main(String[] args) throws Exception {
    Files.writeString(Path.of(args[0]), EmailRenderer.standard().render(SeedBriefing.briefing()));
  }
}

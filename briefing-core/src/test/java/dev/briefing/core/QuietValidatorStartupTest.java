package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.testing.SeedBriefing;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Creating the validator in a fresh JVM prints nothing: no Hibernate Validator banner. */
class QuietValidatorStartupTest {

  /** Run in a child JVM: validates one bad briefing and exits with the violation count. */
  public static void main(String[] args) {
    int violations = BriefingValidator.standard().validate(SeedBriefing.briefing().withSignal(" ")).size();
    System.exit(10 + violations);
  }

  @Test
  void validatorCreationWritesNothingToStdoutOrStderr() throws Exception {
    String path = String.join(File.pathSeparator, List.of(
        System.getProperty("jdk.module.path", ""), System.getProperty("java.class.path", "")));
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-cp", path, QuietValidatorStartupTest.class.getName())
        .redirectInput(ProcessBuilder.Redirect.PIPE)
        .start();
    String stdout = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String stderr = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(process.exitValue()).as("exit code = 10 + violations; stderr: %s", stderr).isEqualTo(11);
    assertThat(stdout).isEmpty();
    assertThat(stderr).isEmpty();
  }
}

package dev.briefing.cli.testing;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bin/briefing} as a user runs it, with the built jar (the {@code briefing.cli.script}
 * and {@code briefing.cli.jar} properties that {@code mvn verify} sets), this JVM's Java, no
 * plugins, and the launcher's class-data archive in the given directory rather than the user's
 * cache; {@code env} adds or overrides variables.
 *
 * <pre>{@code
 * Outcome outcome = Launcher.run(dir, Map.of("BRIEFING_CDS", "0"), "example", "--to", "html");
 * }</pre>
 */
public final class Launcher {

  private Launcher() {}

  /**
   * @param dir the working directory, where the output files and the cache go
   * @param env variables to set over the defaults
   * @param args the command line
   * @return what the launcher did
   * @throws Exception when it cannot be started or does not finish
   */
  public static Outcome run(Path dir, Map<String, String> env, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder();
    builder.command().add(required("briefing.cli.script"));
    builder.command().addAll(List.of(args));
    Map<String, String> environment = builder.environment();
    environment.put("BRIEFING_JAR", required("briefing.cli.jar"));
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("XDG_CACHE_HOME", dir.resolve("cache").toString());
    List.of("BRIEFING_PLUGIN_PATH", "JAVA_OPTS", "BRIEFING_CDS", "BRIEFING_JVM_FLAGS").forEach(environment::remove);
    environment.putAll(env);
    Path out = Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    Process process = builder.directory(dir.toFile()).redirectOutput(out.toFile()).redirectError(err.toFile())
        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    // A guard against a hung process, not a performance assertion.
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("bin/briefing did not finish");
    }
    return new Outcome(process.exitValue(), Files.readString(out), Files.readString(err));
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("system property " + property + " is not set; run through 'mvn verify'");
    }
    return value;
  }
}

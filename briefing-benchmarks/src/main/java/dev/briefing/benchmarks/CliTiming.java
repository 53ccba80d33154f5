package dev.briefing.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.benchmarks.report.Scores;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Times {@code bin/briefing example --to html} end to end, JVM start included, with hyperfine,
 * beside the bare JVM start ({@code java -version}) as the floor. Keeps the medians in seconds
 * as {@code cli.example} and {@code cli.jvm}. The launcher's class-data archive is made first
 * with {@code bin/briefing --cds-archive}, the one-time step Java 17 and 18 need (newer ones
 * make it on the first run, which hyperfine's warm-up runs are).
 *
 * <pre>{@code
 * Optional<String> skipped = CliTiming.measure(Path.of("."), Profile.SHORT, Path.of("target"), scores);
 * }</pre>
 */
public final class CliTiming {
  private CliTiming() {}

  /**
   * @param repository the repository root, where {@code bin/briefing} is
   * @param profile how many runs
   * @param workDirectory where hyperfine's export goes
   * @param scores receives the medians
   * @return why nothing was measured, if it was not
   * @throws IOException when hyperfine cannot be started or its export read
   * @throws InterruptedException when interrupted while waiting for it
   */
  public static Optional<String> measure(Path repository, Profile profile, Path workDirectory, Scores scores)
      throws IOException, InterruptedException {
    Path launcher = repository.resolve("bin/briefing");
    if (!Files.isExecutable(launcher)) {
      return Optional.of("no executable " + launcher + ": CLI not timed");
    }
    Optional<Path> hyperfine = onPath("hyperfine");
    if (hyperfine.isEmpty()) {
      return Optional.of("hyperfine is not installed (apt-get install -y hyperfine): CLI not timed");
    }
    Process archive = new ProcessBuilder(List.of(launcher.toString(), "--cds-archive"))
        .directory(repository.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDirectory.resolve("cds-archive.log").toFile())
        .start();
    if (archive.waitFor() != 0) {
      return Optional.of("bin/briefing --cds-archive failed, see " + workDirectory.resolve("cds-archive.log"));
    }
    Path export = workDirectory.resolve("hyperfine.json");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(List.of(
            hyperfine.get().toString(), "--style", "none", "--warmup", "2",
            "--runs", String.valueOf(profile.cliRuns()), "--export-json", export.toString(),
            "bin/briefing example --to html", java + " -Xshare:auto -version"))
        .directory(repository.toFile())
        .redirectErrorStream(true)
        .redirectOutput(workDirectory.resolve("hyperfine.log").toFile())
        .start();
    if (process.waitFor() != 0) {
      return Optional.of("hyperfine failed, see " + workDirectory.resolve("hyperfine.log"));
    }
    JsonNode results = new ObjectMapper().readTree(export.toFile()).path("results");
    scores.put("cli.example", results.path(0).path("median").asDouble());
    scores.put("cli.jvm", results.path(1).path("median").asDouble());
    return Optional.empty();
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String directory : path.split(File.pathSeparator)) {
      Path candidate = Path.of(directory, program);
      if (Files.isExecutable(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}

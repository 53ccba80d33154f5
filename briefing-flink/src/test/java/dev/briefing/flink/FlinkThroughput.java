package dev.briefing.flink;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.Converter;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.json.BriefingJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;

/**
 * Measures the batch job beside the single-JVM converter on the same NDJSON input, converted
 * to HTML as the benchmark suite's batch row does: the Converter on one thread, then {@link
 * ConvertJob} on a local Flink cluster at parallelism 1 and 2. Each is run once to warm up and
 * then {@code rounds} times; the best round counts. Flink's rate is over the job's net run
 * time (from scheduling to the last file closed), so the local cluster's start is left out;
 * the wall time with it is printed too. Not a test: run by hand, late, on a quiet machine.
 *
 * <pre>{@code
 * mvn -B -q -o -pl briefing-flink -am package -DskipTests dependency:build-classpath \
 *     -Dmdep.outputFile=/tmp/flink-cp.txt -Dmdep.includeScope=test
 * java -Xmx1g -cp briefing-flink/target/test-classes:briefing-flink/target/classes:$(cat /tmp/flink-cp.txt) \
 *     dev.briefing.flink.FlinkThroughput 64 4 3
 * }</pre>
 */
public final class FlinkThroughput {

  private FlinkThroughput() {
  }

  /**
   * @param args megabytes of input (default 64), files (default 4), rounds (default 3)
   * @throws Exception when a run fails
   */
  public static void main(String[] args) throws Exception {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 64;
    int files = args.length > 1 ? Integer.parseInt(args[1]) : 4;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    Path dir = Files.createTempDirectory("flink-throughput");
    try {
      List<Path> inputs = writeInput(dir.resolve("in"), megabytes * 1_000_000, files);
      long bytes = 0;
      for (Path input : inputs) {
        bytes += Files.size(input);
      }
      System.out.printf(Locale.ROOT, "input: %d files, %.1f MB, %d cores, java %s%n", inputs.size(), bytes / 1e6,
          Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
      double converter = 0;
      double[] flink = new double[3];
      for (int round = 0; round <= rounds; round++) {
        double c = converter(inputs, dir.resolve("converter-" + round + ".html"), bytes);
        double p1 = flink(dir, round, 1, bytes);
        double p2 = flink(dir, round, 2, bytes);
        if (round > 0) {
          converter = Math.max(converter, c);
          flink[1] = Math.max(flink[1], p1);
          flink[2] = Math.max(flink[2], p2);
        }
      }
      System.out.printf(Locale.ROOT, "best: converter %.1f MB/s, flink p=1 %.1f MB/s, p=2 %.1f MB/s, p2/p1 %.2f%n",
          converter, flink[1], flink[2], flink[2] / flink[1]);
    } finally {
      delete(dir);
    }
  }

  private static double converter(List<Path> inputs, Path output, long bytes) throws IOException {
    long cpu = cpuNanos();
    long start = System.nanoTime();
    // One page per briefing, as the Flink job writes them; the converter's own writer takes
    // one briefing per one-document output.
    BriefingRenderer html = Converter.standard().formats().renderer("html");
    try (Writer out = Files.newBufferedWriter(output, StandardCharsets.UTF_8);
        Stream<Briefing> briefings = Converter.standard().read(inputs)) {
      briefings.forEach(briefing -> {
        try {
          html.renderTo(briefing, out);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(Locale.ROOT, "converter, one thread: %.2f s, %.1f MB/s, %.1f MB per CPU second%n",
        seconds, bytes / 1e6 / seconds, bytes / 1e6 / ((cpuNanos() - cpu) / 1e9));
    return bytes / 1e6 / seconds;
  }

  private static double flink(Path dir, int round, int parallelism, long bytes) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism);
    String name = "p" + parallelism + "-" + round;
    ConvertJob.from(dir.resolve("in") + "/*.ndjson").to(dir.resolve(name).toString(), "html").addTo(env);
    long cpu = cpuNanos();
    long start = System.nanoTime();
    JobExecutionResult result = env.execute(name);
    double wall = (System.nanoTime() - start) / 1e9;
    double net = result.getNetRuntime() / 1e3;
    System.out.printf(Locale.ROOT,
        "flink p=%d: net %.2f s, %.1f MB/s; wall with local cluster start %.2f s; %.1f MB per CPU second (cluster included)%n",
        parallelism, net, bytes / 1e6 / net, wall, bytes / 1e6 / ((cpuNanos() - cpu) / 1e9));
    return bytes / 1e6 / net;
  }

  /** CPU time of the whole JVM, the local cluster's threads included: the figure a shared machine does not blur. */
  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  /** Distinct valid briefings, cycled until the files hold {@code target} bytes. */
  private static List<Path> writeInput(Path dir, long target, int files) throws IOException {
    Files.createDirectories(dir);
    List<String> pool = BriefingGenerator.validBriefings(256, 42)
        .filter(b -> BriefingValidator.standard().validate(b).isEmpty())
        .map(b -> BriefingJson.create().write(b))
        .toList();
    List<Path> paths = new ArrayList<>();
    long perFile = target / files;
    int next = 0;
    for (int f = 0; f < files; f++) {
      Path path = dir.resolve("part-" + f + ".ndjson");
      long written = 0;
      try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
        while (written < perFile) {
          String line = pool.get(next++ % pool.size());
          out.write(line);
          out.write('\n');
          written += line.getBytes(StandardCharsets.UTF_8).length + 1;
        }
      }
      paths.add(path);
    }
    return paths;
  }

  private static void delete(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path path : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}

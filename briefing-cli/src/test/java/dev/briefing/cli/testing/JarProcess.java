package dev.briefing.cli.testing;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the packaged, shaded jar as its own process, as a user would. The build passes the
 * jar's path in the {@code briefing.cli.jar} system property.
 */
public final class JarProcess {

  private final List<String> jvmOptions = new ArrayList<>();
  private final List<String> classPath = new ArrayList<>();
  private boolean withTestFormats;
  private Path stdin;
  private Path stdout;

  private JarProcess() {}

  /** @return a process of the jar alone: the formats it ships with */
  public static JarProcess jar() {
    return new JarProcess();
  }

  /** @return a process of the jar with this module's test formats on the class path too */
  public static JarProcess jarWithTestFormats() {
    JarProcess process = new JarProcess();
    process.withTestFormats = true;
    return process;
  }

  /** @return the version the build gave the jar */
  public static String version() {
    return required("briefing.cli.version");
  }

  /**
   * Puts one more {@code BriefingFormat} provider on the class path, listed in a services file
   * of its own, so that the formats every other test sees stay as they are.
   *
   * @param dir where to keep the services file
   * @param provider the provider's class name, a class of this module's tests or none at all
   * @return this, with the test formats on the class path too
   */
  public JarProcess withProvider(Path dir, String provider) throws IOException {
    Path services = Files.createDirectories(dir.resolve("extra-provider/META-INF/services"));
    Files.writeString(services.resolve("dev.briefing.core.format.BriefingFormat"), provider + "\n");
    classPath.add(dir.resolve("extra-provider").toString());
    withTestFormats = true;
    return this;
  }

  /**
   * @param options JVM options, such as {@code -Xmx64m}
   * @return this
   */
  public JarProcess jvm(String... options) {
    jvmOptions.addAll(List.of(options));
    return this;
  }

  /**
   * @param file what standard input reads
   * @return this
   */
  public JarProcess stdinFrom(Path file) {
    this.stdin = file;
    return this;
  }

  /**
   * @param file where standard output goes instead of {@link Outcome#out()}
   * @return this
   */
  public JarProcess stdoutTo(Path file) {
    this.stdout = file;
    return this;
  }

  /**
   * @param dir the working directory, also where captured output is kept
   * @param args the command line after the jar
   * @return what the command did
   */
  public Outcome run(Path dir, String... args) throws IOException, InterruptedException {
    Path out = stdout != null ? stdout : Files.createTempFile(dir, "stdout", ".txt");
    Path err = Files.createTempFile(dir, "stderr", ".txt");
    List<String> command = command(args);
    Process process = builder(dir, command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    // A guard against a hung process, not a performance assertion.
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the command did not finish: " + command);
    }
    String outText = stdout != null ? "" : Files.readString(out, StandardCharsets.UTF_8);
    return new Outcome(process.exitValue(), outText, Files.readString(err, StandardCharsets.UTF_8));
  }

  /**
   * Starts the command and returns at once, its standard output a pipe the test reads (and may
   * close), its standard error kept in {@code stderr}.
   *
   * @param dir the working directory
   * @param stderr where standard error goes
   * @param args the command line after the jar
   * @return the running process
   */
  public Process start(Path dir, Path stderr, String... args) throws IOException {
    return builder(dir, command(args)).redirectError(stderr.toFile()).start();
  }

  /**
   * @param args the command line after the jar
   * @return the whole command line that runs it, for a test that starts it some other way
   */
  public List<String> command(String... args) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-XX:+UseSerialGC");
    command.addAll(jvmOptions);
    if (withTestFormats) {
      List<String> path = new ArrayList<>(List.of(jarPath(), required("briefing.cli.testClasses")));
      path.addAll(classPath);
      command.add("-cp");
      command.add(String.join(File.pathSeparator, path));
      command.add("dev.briefing.cli.Main");
    } else {
      command.add("-jar");
      command.add(jarPath());
    }
    command.addAll(List.of(args));
    return command;
  }

  private ProcessBuilder builder(Path dir, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    if (stdin != null) {
      builder.redirectInput(stdin.toFile());
    } else {
      builder.redirectInput(ProcessBuilder.Redirect.from(new File(nullDevice())));
    }
    return builder;
  }

  private static String nullDevice() {
    return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
  }

  private static String jarPath() {
    String jar = required("briefing.cli.jar");
    if (!Files.isRegularFile(Path.of(jar))) {
      throw new IllegalStateException("the shaded jar is missing: " + jar + "; run 'mvn verify'");
    }
    return jar;
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException("system property " + property + " is not set; run through 'mvn verify'");
    }
    return value;
  }
}

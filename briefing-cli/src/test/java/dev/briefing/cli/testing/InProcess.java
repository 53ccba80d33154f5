package dev.briefing.cli.testing;

import dev.briefing.cli.Main;
import dev.briefing.cli.internal.Cli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** Runs the command inside the test's JVM, on in-memory streams. */
public final class InProcess {

  private InProcess() {}

  /**
   * @param stdin what standard input holds
   * @param args the command line
   * @return what the command did
   */
  public static Outcome withInput(String stdin, String... args) {
    return withInput(stdin.getBytes(StandardCharsets.UTF_8), args);
  }

  /**
   * @param stdin the bytes standard input holds
   * @param args the command line
   * @return what the command did
   */
  public static Outcome withInput(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin), out, err);
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * Runs the command as if standard error were a terminal, which shows batch progress there.
   *
   * @param args the command line
   * @return what the command did
   */
  public static Outcome onTerminal(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Cli.run(args, new ByteArrayInputStream(new byte[0]), out, err, true);
    return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /**
   * @param args the command line
   * @return what the command did, with empty standard input
   */
  public static Outcome run(String... args) {
    return withInput("", args);
  }
}

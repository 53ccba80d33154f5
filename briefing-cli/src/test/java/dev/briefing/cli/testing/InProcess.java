package dev.briefing.cli.testing;

import dev.briefing.cli.Main;
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
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Main.run(args, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err);
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

package dev.briefing.cli;

import dev.briefing.cli.internal.Cli;
import dev.briefing.cli.internal.Terminal;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The {@code briefing} command line. Exit codes: 0 done, 1 invalid input (or a file that could
 * not be read or written), 2 usage error, 3 internal error.
 *
 * <pre>{@code
 * int status = Main.run(new String[] {"convert", "signal.txt", "--to", "json"},
 *     System.in, System.out, System.err);
 * }</pre>
 */
public final class Main {

  private Main() {}

  /**
   * Runs the command and exits the JVM with its status.
   *
   * @param args the command line, such as {@code convert signal.txt --to html}
   */
  public static void main(String[] args) {
    // Raw descriptors: the command writes UTF-8 itself, whatever the platform encoding is.
    int status = Cli.run(args, new FileInputStream(FileDescriptor.in),
        new FileOutputStream(FileDescriptor.out), new FileOutputStream(FileDescriptor.err),
        Terminal.isInteractive());
    System.exit(status);
  }

  /**
   * Runs the command on the given streams, with no progress display, and returns its status.
   *
   * @param args the command line
   * @param stdin the standard input
   * @param stdout where results go (UTF-8)
   * @param stderr where errors go (UTF-8)
   * @return the exit status: 0 done, 1 invalid input, 2 usage error, 3 internal error
   */
  public static int run(String[] args, InputStream stdin, OutputStream stdout, OutputStream stderr) {
    return Cli.run(args, stdin, stdout, stderr, false);
  }
}

package dev.briefing.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the user is watching standard error on a terminal, so that a progress display makes
 * sense there.
 *
 * <pre>{@code
 * boolean showProgress = Terminal.isInteractive();
 * }</pre>
 */
public final class Terminal {

  /** Where Linux shows what standard error is. */
  private static final Path STDERR = Path.of("/proc/self/fd/2");

  private Terminal() {}

  /**
   * Standard error itself is asked where the system can tell ({@code /proc}): progress belongs
   * on a terminal even when the output is redirected ({@code > out.html}), and never in a file
   * standard error was redirected to. Elsewhere, the JVM's console says whether there is one.
   *
   * @return true when standard error is an interactive terminal
   */
  public static boolean isInteractive() {
    try {
      String target = Files.readSymbolicLink(STDERR).toString();
      return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
    } catch (IOException | UnsupportedOperationException | SecurityException noProc) {
      return hasConsole();
    }
  }

  private static boolean hasConsole() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From Java 22 a console may exist without a terminal; Console.isTerminal() tells them apart.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (NoSuchMethodException e) {
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return false;
    }
  }
}

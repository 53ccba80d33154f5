package dev.briefing.cli.internal;

import java.io.Console;
import java.lang.reflect.Method;

/**
 * Whether the user is watching a terminal, so that a progress display makes sense.
 *
 * <pre>{@code
 * boolean showProgress = Terminal.isInteractive();
 * }</pre>
 */
public final class Terminal {

  private Terminal() {}

  /** @return true when the JVM is attached to an interactive terminal */
  public static boolean isInteractive() {
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

package dev.briefing.hardening.limits;

import dev.briefing.core.BriefingException;
import dev.briefing.core.format.BriefingParser;
import java.io.StringReader;

/**
 * Parses one pathological input and says by its exit status how it went, for a parent that
 * starts it in a JVM with a tight {@code -Xmx}: 0 read or refused with the library's own
 * exception, 3 out of memory, 4 anything else escaped. It prints "read", or the simple name of
 * the exception that refused the input.
 *
 * <pre>{@code
 * java -Xmx64m -cp ... dev.briefing.hardening.limits.ParseInBoundedHeap markdown "- lines" 4194304
 * }</pre>
 */
public final class ParseInBoundedHeap {

  static final int COMPLETED = 0;
  static final int OUT_OF_MEMORY = 3;
  static final int ESCAPED = 4;

  private ParseInBoundedHeap() {}

  /** @param args reader (see {@link Readers}), shape name (see {@link MemoryShapes}) and size in characters */
  public static void main(String[] args) {
    BriefingParser parser = Readers.parser(args[0]);
    String input = MemoryShapes.forReader(args[0]).get(args[1]).apply(Integer.parseInt(args[2]));
    int status;
    try {
      parser.parseAll(new StringReader(input)).forEach(b -> { });
      System.out.println("read");
      status = COMPLETED;
    } catch (BriefingException e) {
      System.out.println("refused: " + e.getClass().getSimpleName());
      status = COMPLETED;
    } catch (OutOfMemoryError e) {
      status = OUT_OF_MEMORY;
    } catch (RuntimeException | StackOverflowError e) {
      e.printStackTrace();
      status = ESCAPED;
    }
    System.exit(status);
  }
}

package dev.briefing.chat.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Reads escape cases from a data file next to the tests: one case a line, the input and the
 * expected output a tab apart, {@code #} lines are comments; {@code \n}, {@code \r}, {@code \t}
 * and {@code \\} stand for a line feed, a carriage return, a tab and a backslash; any other backslash is itself.
 *
 * <pre>{@code
 * static Stream<Arguments> cases() { return EscapeCases.load("mrkdwn-escape.tsv").stream(); }
 * }</pre>
 */
public final class EscapeCases {

  private EscapeCases() {}

  /** @return each case as (input, expected) */
  public static List<Arguments> load(String resource) {
    String text;
    try (InputStream in = EscapeCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + " is missing");
      }
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Arguments> cases = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String[] parts = line.split("\t", -1);
      if (parts.length != 2) {
        throw new IllegalStateException(resource + ": a case needs one tab, but this line has " + (parts.length - 1) + ": " + line);
      }
      cases.add(Arguments.of(unescape(parts[0]), unescape(parts[1])));
    }
    return cases;
  }

  private static String unescape(String field) {
    StringBuilder out = new StringBuilder(field.length());
    for (int i = 0; i < field.length(); i++) {
      char c = field.charAt(i);
      char next = i + 1 < field.length() ? field.charAt(i + 1) : 0;
      if (c == '\\' && (next == 'n' || next == 'r' || next == 't' || next == '\\')) {
        out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next == 't' ? '\t' : '\\');
        i++;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}

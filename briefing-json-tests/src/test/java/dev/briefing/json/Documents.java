package dev.briefing.json;

/** Small hand-written documents for error tests, and where things are in them. */
final class Documents {

  /** A valid document, laid out one figure per line so positions are easy to state. */
  static final String VALID = String.join("\n",
      "{",
      "  \"schemaVersion\": \"1.0\",",
      "  \"signal\": \"Talent, not scale, is the new frontier.\",",
      "  \"whatHappened\": \"A founding researcher joined a rival lab.\",",
      "  \"impacts\": [{\"order\": 1, \"text\": \"The lab gains a proven operator.\"}],",
      "  \"figures\": [",
      "    {\"value\": \"$72.3B\", \"label\": \"Capital raised\"},",
      "    {\"value\": \"$380B\", \"label\": \"Valuation\"},",
      "    {\"value\": \"2,300–5,000\", \"label\": \"Employees\", \"asOf\": \"2026\"}",
      "  ],",
      "  \"watchItems\": [{\"title\": \"Counter-moves\", \"description\": \"Retention offers.\"}]",
      "}");

  private Documents() {}

  /** @return {@link #VALID} with the first {@code from} replaced by {@code to}; fails if absent */
  static String replace(String from, String to) {
    if (!VALID.contains(from)) {
      throw new IllegalArgumentException("not in the document: " + from);
    }
    return VALID.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to));
  }

  /** @return "line L, column C" of the first {@code needle} in {@code document} (1-based) */
  static String position(String document, String needle) {
    int index = document.indexOf(needle);
    if (index < 0) {
      throw new IllegalArgumentException("not in the document: " + needle);
    }
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      if (document.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return "line " + line + ", column " + (index - lineStart + 1);
  }
}

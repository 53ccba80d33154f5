package dev.briefing.json.internal.wire;

/** The tokens a {@link WireReader} reports, named in messages as {@link #describe(Token)} gives. */
public enum Token {
  BEGIN_OBJECT,
  END_OBJECT,
  BEGIN_ARRAY,
  END_ARRAY,
  NAME,
  STRING,
  /** A number without fraction or exponent. */
  INTEGER,
  /** A number with a fraction or an exponent. */
  DECIMAL,
  TRUE,
  FALSE,
  NULL;

  /**
   * @param token a token, or null for the end of the input
   * @return how messages name it: STRING, NUMBER, OBJECT, ...
   */
  public static String describe(Token token) {
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case STRING:
        return "STRING";
      case INTEGER:
      case DECIMAL:
        return "NUMBER";
      case TRUE:
      case FALSE:
        return "BOOLEAN";
      case NULL:
        return "NULL";
      case BEGIN_OBJECT:
        return "OBJECT";
      case BEGIN_ARRAY:
        return "ARRAY";
      case END_OBJECT:
        return "end of object";
      case END_ARRAY:
        return "end of array";
      default:
        return "a property name";
    }
  }

  /** @return whether this token starts an object or an array */
  public boolean opens() {
    return this == BEGIN_OBJECT || this == BEGIN_ARRAY;
  }
}

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
   * Jackson's token ids ({@code JsonTokenId}), the same numbers on both Jackson lines: 0 is no
   * token, 1 to 11 are the JSON tokens, and 12, an embedded Java object (a mapper's token
   * buffer), is no JSON the format can read, so it reads as null.
   */
  private static final Token[] BY_JACKSON_ID = {
    null, BEGIN_OBJECT, END_OBJECT, BEGIN_ARRAY, END_ARRAY, NAME, STRING, INTEGER, DECIMAL, TRUE, FALSE, NULL, NULL
  };

  /**
   * @param id a Jackson token id, as {@code JsonParser.currentTokenId()} gives it
   * @return the token, or null for no token
   */
  public static Token ofJacksonId(int id) {
    return id > 0 && id < BY_JACKSON_ID.length ? BY_JACKSON_ID[id] : null;
  }

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

package dev.briefing.json.internal.jackson2;

import com.fasterxml.jackson.core.JsonToken;

/** Token kinds named as error messages show them: STRING, NUMBER, OBJECT, ... */
final class Tokens {

  private Tokens() {}

  static String describe(JsonToken token) {
    if (token == null) {
      return "end of input";
    }
    switch (token) {
      case VALUE_STRING:
        return "STRING";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "NUMBER";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "BOOLEAN";
      case VALUE_NULL:
        return "NULL";
      case START_OBJECT:
        return "OBJECT";
      case START_ARRAY:
        return "ARRAY";
      case END_OBJECT:
        return "end of object";
      case END_ARRAY:
        return "end of array";
      case FIELD_NAME:
        return "a property name";
      default:
        return token.name();
    }
  }
}

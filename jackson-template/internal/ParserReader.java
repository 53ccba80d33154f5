package dev.briefing.jackson${jackson.line}.internal;

import ${jackson.core}.JsonParser;
import ${jackson.ReadExceptionImport};
import ${jackson.core}.${jackson.Location};
import ${jackson.core}.JsonToken;
import ${jackson.core}.SerializableString;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.json.internal.wire.Positions;
import dev.briefing.json.internal.wire.Token;
import dev.briefing.json.internal.wire.WireReader;
import java.io.IOException;

/** The token reader over a Jackson ${jackson.line} parser: ours, or the one a user's mapper hands to a deserializer. */
public final class ParserReader implements WireReader {

  private final JsonParser p;

  public ParserReader(JsonParser p) {
    this.p = p;
  }

  @Override
  public Token next() throws IOException {
    try {
      p.nextToken();
      return Token.ofJacksonId(p.currentTokenId());
    } catch (${jackson.ReadException} e) {
      throw failure(e);
    }
  }

  @Override
  public Token current() {
    return Token.ofJacksonId(p.currentTokenId());
  }

  @Override
  public String nextName() throws IOException {
    try {
      return p.${jackson.nextName}();
    } catch (${jackson.ReadException} e) {
      throw failure(e);
    }
  }

  @Override
  public String nextName(int expected) throws IOException {
    if (expected < 0) {
      return nextName();
    }
    SerializableString key = NameKeys.of(expected);
    try {
      // Jackson compares the expected name with its buffer: no hash, no symbol-table look-up.
      if (p.${jackson.nextName}(key)) {
        return key.getValue();
      }
      return p.currentToken() == JsonToken.${jackson.NAME} ? p.currentName() : null;
    } catch (${jackson.ReadException} e) {
      throw failure(e);
    }
  }

  @Override
  public String currentName() throws IOException {
    return p.currentName();
  }

  @Override
  public String text() throws IOException {
    try {
      return p.${jackson.getText}();
    } catch (${jackson.ReadException} e) {
      throw failure(e);
    }
  }

  @Override
  public char[] textCharacters() throws IOException {
    try {
      return p.${jackson.getText}Characters();
    } catch (${jackson.ReadException} e) {
      throw failure(e);
    }
  }

  @Override
  public int textOffset() throws IOException {
    return p.${jackson.getText}Offset();
  }

  @Override
  public int textLength() throws IOException {
    return p.${jackson.getText}Length();
  }

  @Override
  public boolean isInt() throws IOException {
    try {
      return p.getNumberType() == JsonParser.NumberType.INT;
    } catch (${jackson.ReadException} e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() throws IOException {
    try {
      return p.getIntValue();
    } catch (${jackson.ReadException} e) {
      throw failure(e);
    }
  }

  @Override
  public void skipChildren() throws IOException {
    try {
      p.skipChildren();
    } catch (${jackson.ReadException} e) {
      throw failure(e);
    }
  }

  @Override
  public String path() {
    return ContextPath.of(p.${jackson.readContext}());
  }

  /** @return the path of the object whose property the parser is on, or of the value it is on */
  public String valuePath() {
    return p.currentToken() == JsonToken.${jackson.NAME}
        ? ContextPath.of(p.${jackson.readContext}().getParent())
        : path();
  }

  @Override
  public String pointer() {
    return p.${jackson.readContext}().pathAsPointer().toString();
  }

  @Override
  public long position() {
    ${jackson.Location} where = p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
    return where == null ? Positions.of(1, 1) : Positions.of(where.getLineNr(), where.getColumnNr());
  }

  @Override
  public BriefingFormatException error(long position, String path, String problem) {
    return new BriefingFormatException(Positions.location(position, path), problem);
  }

  @Override
  public void close() throws IOException {
    try {
      p.close();
    } catch (${jackson.ReadException} e) {
      throw failure(e);
    }
  }

  private IOException failure(${jackson.ReadException} e) {
    return ReadFailure.of(e, p);
  }
}

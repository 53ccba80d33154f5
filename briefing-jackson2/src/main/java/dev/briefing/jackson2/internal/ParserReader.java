package dev.briefing.jackson2.internal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.json.internal.wire.Positions;
import dev.briefing.json.internal.wire.Token;
import dev.briefing.json.internal.wire.WireReader;
import java.io.CharConversionException;
import java.io.IOException;

/** The token reader over a Jackson 2 parser: ours, or the one a user's mapper hands to a deserializer. */
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
    } catch (IOException e) {
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
      return p.nextFieldName();
    } catch (IOException e) {
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
      return p.getText();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public char[] textCharacters() throws IOException {
    try {
      return p.getTextCharacters();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int textOffset() throws IOException {
    return p.getTextOffset();
  }

  @Override
  public int textLength() throws IOException {
    return p.getTextLength();
  }

  @Override
  public boolean isInt() throws IOException {
    try {
      return p.getNumberType() == JsonParser.NumberType.INT;
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() throws IOException {
    try {
      return p.getIntValue();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public void skipChildren() throws IOException {
    try {
      p.skipChildren();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  @Override
  public String path() {
    return ContextPath.of(p.getParsingContext());
  }

  /** @return the path of the object whose property the parser is on, or of the value it is on */
  public String valuePath() {
    return p.currentToken() == JsonToken.FIELD_NAME
        ? ContextPath.of(p.getParsingContext().getParent())
        : path();
  }

  @Override
  public String pointer() {
    return p.getParsingContext().pathAsPointer().toString();
  }

  @Override
  public long position() {
    JsonLocation where = p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
    return where == null ? Positions.of(1, 1) : Positions.of(where.getLineNr(), where.getColumnNr());
  }

  @Override
  public BriefingFormatException error(long position, String path, String problem) {
    return new BriefingFormatException(Positions.location(position, path), problem);
  }

  @Override
  public void close() throws IOException {
    p.close();
  }

  /** @return Jackson's complaint in our words, or the I/O failure it is */
  private IOException failure(IOException e) {
    if (e instanceof JsonProcessingException) {
      throw Failures.translate((JsonProcessingException) e, p);
    }
    if (e instanceof CharConversionException) {
      throw Failures.translate((CharConversionException) e, p);
    }
    return e;
  }
}

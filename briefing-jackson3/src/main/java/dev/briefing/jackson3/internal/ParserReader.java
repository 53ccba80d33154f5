package dev.briefing.jackson3.internal;

import tools.jackson.core.JsonParser;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.JsonToken;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.json.internal.wire.Positions;
import dev.briefing.json.internal.wire.Token;
import dev.briefing.json.internal.wire.WireReader;
import java.io.IOException;

/** The token reader over a Jackson 3 parser: ours, or the one a user's mapper hands to a deserializer. */
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
    } catch (JacksonException e) {
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
      return p.nextName();
    } catch (JacksonException e) {
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
      return p.getString();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public char[] textCharacters() throws IOException {
    try {
      return p.getStringCharacters();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int textOffset() throws IOException {
    return p.getStringOffset();
  }

  @Override
  public int textLength() throws IOException {
    return p.getStringLength();
  }

  @Override
  public boolean isInt() throws IOException {
    try {
      return p.getNumberType() == JsonParser.NumberType.INT;
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public int intValue() throws IOException {
    try {
      return p.getIntValue();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public void skipChildren() throws IOException {
    try {
      p.skipChildren();
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  @Override
  public String path() {
    return ContextPath.of(p.streamReadContext());
  }

  /** @return the path of the object whose property the parser is on, or of the value it is on */
  public String valuePath() {
    return p.currentToken() == JsonToken.PROPERTY_NAME
        ? ContextPath.of(p.streamReadContext().getParent())
        : path();
  }

  @Override
  public String pointer() {
    return p.streamReadContext().pathAsPointer().toString();
  }

  @Override
  public long position() {
    TokenStreamLocation where = p.currentToken() == null ? p.currentLocation() : p.currentTokenLocation();
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
    } catch (JacksonException e) {
      throw failure(e);
    }
  }

  /** @return the I/O failure Jackson wrapped, or throws its complaint in our words */
  private IOException failure(JacksonException e) {
    if (e instanceof JacksonIOException && e.getCause() instanceof IOException) {
      IOException cause = (IOException) e.getCause();
      if (cause instanceof java.io.CharConversionException) {
        throw Failures.translate((java.io.CharConversionException) cause, p);
      }
      return cause;
    }
    throw Failures.translate(e, p);
  }
}

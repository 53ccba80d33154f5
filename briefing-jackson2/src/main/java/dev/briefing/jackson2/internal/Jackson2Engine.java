package dev.briefing.jackson2.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.json.JsonLimits;
import dev.briefing.json.internal.ParserProblems;
import dev.briefing.json.internal.wire.JsonEngine;
import dev.briefing.json.internal.wire.WireReader;
import dev.briefing.json.internal.wire.WireWriter;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Reader;
import java.io.Writer;

/** Readers and writers on one Jackson 2 factory of our own, with the codec's read limits. */
final class Jackson2Engine implements JsonEngine {

  @FunctionalInterface
  private interface Opener {
    JsonParser open() throws IOException;
  }

  private final JsonFactory factory;

  Jackson2Engine(JsonLimits l) {
    this.factory = Factories.create(l.maxDocumentLength(), l.maxStringLength(), l.maxNestingDepth(),
        l.maxNameLength(), l.maxNumberLength(), l.maxTokenCount(), true);
  }

  @Override
  public WireReader reader(String json, boolean duplicates) throws IOException {
    return open(() -> factory.createParser(json), duplicates);
  }

  @Override
  public WireReader reader(char[] chars, int length, boolean duplicates) throws IOException {
    return open(() -> factory.createParser(chars, 0, length), duplicates);
  }

  @Override
  public WireReader reader(Reader in, boolean duplicates) throws IOException {
    return open(() -> factory.createParser(in), duplicates);
  }

  @Override
  public WireReader reader(InputStream in, boolean duplicates) throws IOException {
    return open(() -> factory.createParser(in), duplicates);
  }

  @Override
  public WireWriter writer(Writer out, boolean pretty) throws IOException {
    return writer(factory.createGenerator(out), pretty);
  }

  @Override
  public WireWriter writer(OutputStream out, boolean pretty) throws IOException {
    return writer(factory.createGenerator(out, JsonEncoding.UTF8), pretty);
  }

  private static WireWriter writer(JsonGenerator g, boolean pretty) {
    if (pretty) {
      g.setPrettyPrinter(Factories.prettyPrinter());
    }
    return new GeneratorWriter(g);
  }

  @SuppressWarnings("deprecation")
  private WireReader open(Opener opener, boolean duplicates) throws IOException {
    JsonParser p;
    try {
      p = opener.open();
    } catch (JsonProcessingException e) {
      throw Failures.translateAtStart(e, factory.streamReadConstraints());
    } catch (CharConversionException e) {
      throw new BriefingFormatException(Location.at(1, 1), ParserProblems.notText(e.getMessage()), e);
    }
    if (!duplicates) {
      p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }
    return new ParserReader(p);
  }
}

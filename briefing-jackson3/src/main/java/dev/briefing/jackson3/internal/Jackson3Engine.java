package dev.briefing.jackson3.internal;

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
import java.util.function.Supplier;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.json.JsonFactory;

/**
 * Readers and writers on Jackson 3 factories of our own, with the codec's read limits. Jackson 3
 * sets parser features per factory, so there is one factory that reports repeated properties
 * and one that leaves them to the shape.
 */
final class Jackson3Engine implements JsonEngine {

  /** Jackson 3 takes a pretty printer from the context a generator is made in. */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      return Factories.prettyPrinter();
    }
  };

  private final JsonFactory checking;
  private final JsonFactory plain;

  Jackson3Engine(JsonLimits l) {
    this.checking = Factories.create(l.maxDocumentLength(), l.maxStringLength(), l.maxNestingDepth(),
        l.maxNameLength(), l.maxNumberLength(), l.maxTokenCount(), true);
    this.plain = Factories.create(l.maxDocumentLength(), l.maxStringLength(), l.maxNestingDepth(),
        l.maxNameLength(), l.maxNumberLength(), l.maxTokenCount(), false);
  }

  @Override
  public WireReader reader(String json, boolean duplicates) throws IOException {
    JsonFactory f = factory(duplicates);
    return open(() -> f.createParser(json), f);
  }

  @Override
  public WireReader reader(char[] chars, int length, boolean duplicates) throws IOException {
    JsonFactory f = factory(duplicates);
    return open(() -> f.createParser(chars, 0, length), f);
  }

  @Override
  public WireReader reader(Reader in, boolean duplicates) throws IOException {
    JsonFactory f = factory(duplicates);
    return open(() -> f.createParser(in), f);
  }

  @Override
  public WireReader reader(InputStream in, boolean duplicates) throws IOException {
    JsonFactory f = factory(duplicates);
    return open(() -> f.createParser(in), f);
  }

  @Override
  public WireWriter writer(Writer out, boolean pretty) throws IOException {
    return generator(() -> plain.createGenerator(context(pretty), out));
  }

  @Override
  public WireWriter writer(OutputStream out, boolean pretty) throws IOException {
    return generator(() -> plain.createGenerator(context(pretty), out, JsonEncoding.UTF8));
  }

  private JsonFactory factory(boolean duplicates) {
    return duplicates ? checking : plain;
  }

  private static ObjectWriteContext context(boolean pretty) {
    return pretty ? PRETTY : ObjectWriteContext.empty();
  }

  private static WireWriter generator(Supplier<JsonGenerator> opener) throws IOException {
    try {
      return new GeneratorWriter(opener.get());
    } catch (JacksonIOException e) {
      throw IoFailures.unwrap(e);
    }
  }

  private static WireReader open(Supplier<JsonParser> opener, JsonFactory f) throws IOException {
    try {
      return new ParserReader(opener.get());
    } catch (JacksonIOException e) {
      if (e.getCause() instanceof CharConversionException) {
        throw new BriefingFormatException(Location.at(1, 1), ParserProblems.notText(e.getCause().getMessage()), e);
      }
      throw IoFailures.unwrap(e);
    } catch (JacksonException e) {
      throw Failures.translateAtStart(e, f.streamReadConstraints());
    }
  }
}

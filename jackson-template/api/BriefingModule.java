package dev.briefing.jackson${jackson.line};

import ${jackson.core}.Version;
import ${jackson.core}.util.VersionUtil;
import ${jackson.databind}.${jackson.Module};
import ${jackson.databind}.module.SimpleDeserializers;
import ${jackson.databind}.module.SimpleSerializers;
import dev.briefing.jackson${jackson.line}.internal.ModelDeserializer;
import dev.briefing.jackson${jackson.line}.internal.ModelSerializer;
import dev.briefing.json.internal.shape.ModelShape;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A Jackson ${jackson.line} {@link ${jackson.Module}} that reads and writes every public model type ({@code Briefing},
 * {@code Impact}, {@code Figure}, {@code WatchItem}, {@code Metadata}, {@code Source},
 * {@code Quantity}, {@code Violation}, {@code ParseWarning}) in the briefing wire format,
 * wherever they appear in your own types. Registered in {@code META-INF/services} (and the
 * module descriptor), so {@code ${jackson.findModules}} finds it.
 *
 * <p>Reading is as strict as {@code BriefingJson.create()}, except that unknown properties
 * follow your mapper's {@code FAIL_ON_UNKNOWN_PROPERTIES}${jackson.unknownDefault}; a briefing is validated, and its
 * violations are named by path from your document's root ({@code $.briefing.impacts[1].text}).
 * A problem reaches your mapper as a {@code ${jackson.DatabindException}} carrying our
 * message (JSON path, line, column, what was expected) with the {@link
 * dev.briefing.core.BriefingException} as its cause. Your mapper's naming strategy and date
 * format do not touch the wire format; its indentation and limits apply. Polymorphic typing
 * (default typing, {@code @JsonTypeInfo}) names the public model type.
 *
 * <pre>{@code
 * record Envelope(String id, Briefing briefing) {}
 *
 * ${jackson.exampleMapper}
 * String json = mapper.writeValueAsString(new Envelope("42", briefing));
 * Envelope back = mapper.readValue(json, Envelope.class);
 * }</pre>
 */
public final class BriefingModule extends ${jackson.Module} {

  private static final Version VERSION = readVersion();

  /** Creates the module; it holds no state. */
  public BriefingModule() {}

  @Override
  public String getModuleName() {
    return "dev.briefing.jackson${jackson.line}";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    SimpleDeserializers deserializers = new SimpleDeserializers();
    for (ModelShape<?> shape : ModelShape.ALL) {
      add(shape, serializers, deserializers);
    }
    context.addSerializers(serializers);
    context.addDeserializers(deserializers);
  }

  private static <T> void add(ModelShape<T> shape, SimpleSerializers serializers, SimpleDeserializers deserializers) {
    serializers.addSerializer(shape.type(), new ModelSerializer<>(shape));
    deserializers.addDeserializer(shape.type(), new ModelDeserializer<>(shape));
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = BriefingModule.class.getResourceAsStream("internal/module.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return VersionUtil.parseVersion(properties.getProperty("version"),
        properties.getProperty("groupId"), properties.getProperty("artifactId"));
  }
}

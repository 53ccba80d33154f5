package dev.briefing.json;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.core.util.VersionUtil;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.json.internal.jackson2.ModelDeserializer;
import dev.briefing.json.internal.jackson2.ModelReader;
import dev.briefing.json.internal.jackson2.ModelSerializer;
import dev.briefing.json.internal.jackson2.ModelWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import java.util.function.UnaryOperator;

/**
 * A Jackson 2 {@link Module} that reads and writes {@link Briefing}, {@link Impact},
 * {@link Figure}, {@link WatchItem}, {@link Metadata} and {@link Source} in the briefing wire
 * format, wherever they appear in your own types. Registered in {@code META-INF/services} (and
 * the module descriptor), so {@code findAndRegisterModules()} finds it.
 *
 * <p>Reading is strict and a briefing is validated, as with {@link BriefingJson#create()}.
 * A problem reaches your {@code ObjectMapper} as a {@code JsonMappingException} carrying our
 * message (JSON path, line, column, what was expected) with the {@link
 * dev.briefing.core.BriefingException} as its cause. Your mapper's own settings (indentation,
 * its factory's limits) apply; ours do not.
 *
 * <pre>{@code
 * record Envelope(String id, Briefing briefing) {}
 *
 * ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
 * String json = mapper.writeValueAsString(new Envelope("42", briefing));
 * Envelope back = mapper.readValue(json, Envelope.class);
 * }</pre>
 */
public final class BriefingModule extends Module {

  private static final Version VERSION = readVersion();

  /** Creates the module; it holds no state. */
  public BriefingModule() {}

  @Override
  public String getModuleName() {
    return "dev.briefing.json";
  }

  @Override
  public Version version() {
    return VERSION;
  }

  @Override
  public void setupModule(SetupContext context) {
    SimpleSerializers serializers = new SimpleSerializers();
    serializers.addSerializer(new ModelSerializer<>(Briefing.class, ModelWriter::briefing));
    serializers.addSerializer(new ModelSerializer<>(Impact.class, ModelWriter::impact));
    serializers.addSerializer(new ModelSerializer<>(Figure.class, ModelWriter::figure));
    serializers.addSerializer(new ModelSerializer<>(WatchItem.class, ModelWriter::watchItem));
    serializers.addSerializer(new ModelSerializer<>(Metadata.class, ModelWriter::metadata));
    serializers.addSerializer(new ModelSerializer<>(Source.class, ModelWriter::source));
    context.addSerializers(serializers);

    SimpleDeserializers deserializers = new SimpleDeserializers();
    deserializers.addDeserializer(Briefing.class, new ModelDeserializer<>(Briefing.class,
        ModelReader::briefing, BriefingValidator.standard()::requireValid));
    deserializers.addDeserializer(Impact.class,
        new ModelDeserializer<>(Impact.class, ModelReader::impact, UnaryOperator.identity()));
    deserializers.addDeserializer(Figure.class,
        new ModelDeserializer<>(Figure.class, ModelReader::figure, UnaryOperator.identity()));
    deserializers.addDeserializer(WatchItem.class,
        new ModelDeserializer<>(WatchItem.class, ModelReader::watchItem, UnaryOperator.identity()));
    deserializers.addDeserializer(Metadata.class,
        new ModelDeserializer<>(Metadata.class, ModelReader::metadata, UnaryOperator.identity()));
    deserializers.addDeserializer(Source.class,
        new ModelDeserializer<>(Source.class, ModelReader::source, UnaryOperator.identity()));
    context.addDeserializers(deserializers);
  }

  private static Version readVersion() {
    Properties properties = new Properties();
    try (InputStream in = BriefingModule.class.getResourceAsStream("internal/jackson2/module.properties")) {
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

package dev.briefing.web.internal;

import jakarta.json.Json;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import java.io.Writer;
import java.util.Map;

/**
 * The one JSON-P generator factory of the web and feed formats. Made once: looking the provider
 * up through the service loader for every briefing would cost more than writing it.
 */
public final class JsonOutput {
  private static final JsonGeneratorFactory FACTORY = Json.createGeneratorFactory(Map.of());

  private JsonOutput() {}

  /**
   * @param out where the JSON goes; closing the generator closes it
   * @return a compact JSON generator
   */
  public static JsonGenerator open(Writer out) {
    return FACTORY.createGenerator(out);
  }
}

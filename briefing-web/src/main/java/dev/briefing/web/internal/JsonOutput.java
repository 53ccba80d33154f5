package dev.briefing.web.internal;

import jakarta.json.stream.JsonGenerator;
import java.io.Writer;

/**
 * Where the web and feed formats get their JSON generator: the compact one, which writes what
 * Parsson's writes without loading a JSON-P provider (and {@code java.util.logging} with it).
 */
public final class JsonOutput {

  private JsonOutput() {}

  /**
   * @param out where the JSON goes; closing the generator closes it
   * @return a compact JSON generator
   */
  public static JsonGenerator open(Writer out) {
    return new CompactJsonGenerator(out);
  }
}

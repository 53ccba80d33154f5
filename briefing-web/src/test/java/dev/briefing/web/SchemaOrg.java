package dev.briefing.web;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.loader.DocumentLoader;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/**
 * The schema.org oracle: the vocabulary file and the context, both shipped as test data
 * (resources/schema.org/README.md), and expansion by titanium-json-ld with a loader that serves
 * the shipped context for {@code https://schema.org} and refuses every other address, so no
 * test reaches the network.
 */
public final class SchemaOrg {
  /** The IRI prefix of the terms the schema.org context defines (its {@code @vocab}). */
  public static final String VOCAB = "http://schema.org/";

  private static final JsonStructure CONTEXT = read("/schema.org/schemaorgcontext.jsonld");
  private static final Set<String> TYPES = new HashSet<>();
  private static final Set<String> PROPERTIES = new HashSet<>();

  static {
    for (JsonValue node : read("/schema.org/schemaorg-current-https.jsonld").asJsonObject().getJsonArray("@graph")) {
      JsonObject object = node.asJsonObject();
      String id = object.getString("@id");
      if (!id.startsWith("schema:")) {
        continue;
      }
      String name = id.substring("schema:".length());
      JsonValue type = object.get("@type");
      String types = type == null ? "" : type.toString();
      if (types.contains("rdf:Property")) {
        PROPERTIES.add(name);
      } else if (types.contains("rdfs:Class")) {
        TYPES.add(name);
      }
    }
  }

  private static final DocumentLoader LOADER = (url, options) -> {
    String address = url.toString();
    if (address.equals("https://schema.org") || address.equals("https://schema.org/")) {
      return JsonDocument.of(CONTEXT);
    }
    throw new IllegalArgumentException("The tests load only the schema.org context, not " + address);
  };

  private SchemaOrg() {}

  /**
   * @param jsonLd a JSON-LD document
   * @return its expanded form
   */
  public static JsonArray expand(String jsonLd) {
    try {
      return JsonLd.expand(JsonDocument.of(new StringReader(jsonLd))).loader(LOADER).get();
    } catch (JsonLdError e) {
      throw new AssertionError("Not expandable JSON-LD: " + e.getMessage() + "\n" + jsonLd, e);
    }
  }

  /** @return whether the vocabulary has a type of this name */
  public static boolean isType(String name) {
    return TYPES.contains(name);
  }

  /** @return whether the vocabulary has a property of this name */
  public static boolean isProperty(String name) {
    return PROPERTIES.contains(name);
  }

  /** @return how many types the vocabulary file holds, to prove it was read */
  public static int typeCount() {
    return TYPES.size();
  }

  private static JsonStructure read(String resource) {
    try (InputStream in = SchemaOrg.class.getResourceAsStream(resource);
        JsonReader reader = Json.createReader(in)) {
      return reader.read();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

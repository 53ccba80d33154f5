package dev.briefing.json.internal.jackson2;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.briefing.core.BriefingException;
import java.io.IOException;

/** Databind glue: writes one model type through {@link ModelWriter}. */
public final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  /** How one type is written. */
  @FunctionalInterface
  public interface Body<T> {
    void write(ModelWriter writer, T value) throws IOException;
  }

  private final transient Body<T> body;

  public ModelSerializer(Class<T> type, Body<T> body) {
    super(type);
    this.body = body;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    try {
      body.write(ModelWriter.plain(g), value);
    } catch (BriefingException e) {
      throw JsonMappingException.from(g, e.getMessage(), e);
    }
  }
}

package dev.briefing.json.internal.jackson2;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import dev.briefing.core.BriefingException;
import java.io.IOException;
import java.util.function.UnaryOperator;

/**
 * Databind glue: reads one model type through {@link ModelReader}, strictly. Our errors reach
 * the user's ObjectMapper as the {@link JsonMappingException} it expects, with our message
 * (path, line, column, what was expected) and the {@link BriefingException} as its cause.
 */
public final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  /** How one type is read. */
  @FunctionalInterface
  public interface Body<T> {
    T read(ModelReader reader) throws IOException;
  }

  private final transient Body<T> body;
  private final transient UnaryOperator<T> check;

  /**
   * @param type the type
   * @param body reads it
   * @param check validates what was read, throwing a {@link BriefingException}
   */
  public ModelDeserializer(Class<T> type, Body<T> body, UnaryOperator<T> check) {
    super(type);
    this.body = body;
    this.check = check;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
    try {
      return check.apply(body.read(new ModelReader(p, null, null)));
    } catch (BriefingException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    }
  }
}

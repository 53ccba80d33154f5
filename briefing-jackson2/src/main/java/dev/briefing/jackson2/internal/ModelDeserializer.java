package dev.briefing.jackson2.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.jsontype.TypeDeserializer;
import dev.briefing.core.BriefingException;
import dev.briefing.json.internal.shape.ModelShape;
import dev.briefing.json.internal.shape.WireInput;
import java.io.IOException;

/**
 * Databind glue: reads one model type through its shape. Unknown properties follow the mapper's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES}; everything else is as strict as the codec. Our errors
 * reach the user's mapper as the {@link JsonMappingException} it expects, with our message
 * (path, line, column, what was expected) and the {@link BriefingException} as its cause.
 */
public final class ModelDeserializer<T> extends StdDeserializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ModelShape<T> shape;

  public ModelDeserializer(ModelShape<T> shape) {
    super(shape.type());
    this.shape = shape;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) throws IOException {
    ParserReader r = new ParserReader(p);
    WireInput in = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        ? WireInput.strict(r) : WireInput.skippingUnknown(r);
    try {
      return shape.read(in, r.valuePath());
    } catch (BriefingException e) {
      throw JsonMappingException.from(p, e.getMessage(), e);
    }
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext context, TypeDeserializer typeDeserializer)
      throws IOException {
    return typeDeserializer.deserializeTypedFromObject(p, context);
  }
}

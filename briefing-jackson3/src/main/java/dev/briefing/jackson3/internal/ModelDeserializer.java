package dev.briefing.jackson3.internal;

import dev.briefing.core.BriefingException;
import dev.briefing.json.internal.shape.ModelShape;
import dev.briefing.json.internal.shape.WireInput;
import java.io.IOException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.jsontype.TypeDeserializer;

/**
 * Databind glue: reads one model type through its shape. Unknown properties follow the mapper's
 * {@code FAIL_ON_UNKNOWN_PROPERTIES}; everything else is as strict as the codec. Our errors
 * reach the user's mapper as the {@link DatabindException} it expects, with our message (path,
 * line, column, what was expected) and the {@link BriefingException} as its cause.
 */
public final class ModelDeserializer<T> extends StdDeserializer<T> {

  private final ModelShape<T> shape;

  public ModelDeserializer(ModelShape<T> shape) {
    super(shape.type());
    this.shape = shape;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext context) {
    ParserReader r = new ParserReader(p);
    WireInput in = context.isEnabled(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        ? WireInput.strict(r) : WireInput.skippingUnknown(r);
    try {
      return shape.read(in, r.valuePath());
    } catch (BriefingException e) {
      throw DatabindException.from(p, e.getMessage(), e);
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
  }

  @Override
  public Object deserializeWithType(JsonParser p, DeserializationContext context, TypeDeserializer typeDeserializer) {
    return typeDeserializer.deserializeTypedFromObject(p, context);
  }
}

package dev.briefing.jackson3.internal;

import dev.briefing.core.BriefingException;
import dev.briefing.json.internal.shape.ModelShape;
import dev.briefing.json.internal.shape.WireOutput;
import dev.briefing.json.internal.wire.WireWriter;
import dev.briefing.json.internal.wire.WithoutOuterObject;
import java.io.IOException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.type.WritableTypeId;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.jsontype.TypeSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/**
 * Databind glue: writes one model type through its shape. Under polymorphic typing the type id
 * names the public model type ({@code dev.briefing.core.Briefing}), not the generated class.
 */
public final class ModelSerializer<T> extends StdSerializer<T> {

  private final ModelShape<T> shape;

  public ModelSerializer(ModelShape<T> shape) {
    super(shape.type());
    this.shape = shape;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializationContext context) {
    write(value, g, new GeneratorWriter(g));
  }

  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializationContext context, TypeSerializer typeSer) {
    WritableTypeId typeId = typeSer.writeTypePrefix(g, context,
        typeSer.typeId(value, handledType(), JsonToken.START_OBJECT));
    write(value, g, new WithoutOuterObject(new GeneratorWriter(g)));
    typeSer.writeTypeSuffix(g, context, typeId);
  }

  private void write(T value, JsonGenerator g, WireWriter w) {
    try {
      shape.write(value, WireOutput.plain(w));
    } catch (BriefingException e) {
      throw DatabindException.from(g, e.getMessage(), e);
    } catch (IOException e) {
      throw JacksonIOException.construct(e);
    }
  }
}

package dev.briefing.jackson2.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.type.WritableTypeId;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import dev.briefing.core.BriefingException;
import dev.briefing.json.internal.shape.ModelShape;
import dev.briefing.json.internal.shape.WireOutput;
import dev.briefing.json.internal.wire.WireWriter;
import dev.briefing.json.internal.wire.WithoutOuterObject;
import java.io.IOException;

/**
 * Databind glue: writes one model type through its shape. Under polymorphic typing the type id
 * names the public model type ({@code dev.briefing.core.Briefing}), not the generated class.
 */
public final class ModelSerializer<T> extends StdSerializer<T> {
  private static final long serialVersionUID = 1L;

  private final transient ModelShape<T> shape;

  public ModelSerializer(ModelShape<T> shape) {
    super(shape.type());
    this.shape = shape;
  }

  @Override
  public void serialize(T value, JsonGenerator g, SerializerProvider provider) throws IOException {
    write(value, g, new GeneratorWriter(g));
  }

  @Override
  public void serializeWithType(T value, JsonGenerator g, SerializerProvider provider, TypeSerializer typeSer)
      throws IOException {
    WritableTypeId typeId = typeSer.writeTypePrefix(g, typeSer.typeId(value, handledType(), JsonToken.START_OBJECT));
    write(value, g, new WithoutOuterObject(new GeneratorWriter(g)));
    typeSer.writeTypeSuffix(g, typeId);
  }

  private void write(T value, JsonGenerator g, WireWriter w) throws IOException {
    try {
      shape.write(value, WireOutput.plain(w));
    } catch (BriefingException e) {
      throw JsonMappingException.from(g, e.getMessage(), e);
    }
  }
}

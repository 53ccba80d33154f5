package dev.briefing.flink;

import dev.briefing.core.Briefing;
import dev.briefing.flink.internal.BriefingSerializer;
import org.apache.flink.api.common.serialization.SerializerConfig;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;

/**
 * Flink's type information for {@link Briefing}: records travel and rest as the compact JSON
 * wire format, so a {@code DataStream<Briefing>} never falls back to Kryo, and state written by
 * one version of the library reads in the next as the wire format promises. Flink cannot find
 * this by itself for a type it did not see annotated, so name it where a stream of briefings
 * is made.
 *
 * <pre>{@code
 * DataStream<Briefing> briefings = lines
 *     .map(line -> BriefingJson.create().read(line))
 *     .returns(BriefingTypeInfo.create());
 * }</pre>
 */
public final class BriefingTypeInfo extends TypeInformation<Briefing> {
  private static final long serialVersionUID = 1L;
  private static final BriefingTypeInfo INSTANCE = new BriefingTypeInfo();

  private BriefingTypeInfo() {
  }

  /** @return the type information; there is one */
  public static BriefingTypeInfo create() {
    return INSTANCE;
  }

  @Override
  public boolean isBasicType() {
    return false;
  }

  @Override
  public boolean isTupleType() {
    return false;
  }

  @Override
  public int getArity() {
    return 1;
  }

  @Override
  public int getTotalFields() {
    return 1;
  }

  @Override
  public Class<Briefing> getTypeClass() {
    return Briefing.class;
  }

  /** Not a key: grouping by a whole briefing is never what a job means; key by its id. */
  @Override
  public boolean isKeyType() {
    return false;
  }

  @Override
  public TypeSerializer<Briefing> createSerializer(SerializerConfig config) {
    return BriefingSerializer.INSTANCE;
  }

  @Override
  public String toString() {
    return "Briefing (JSON wire format)";
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BriefingTypeInfo;
  }

  @Override
  public int hashCode() {
    return BriefingTypeInfo.class.hashCode();
  }

  @Override
  public boolean canEqual(Object other) {
    return other instanceof BriefingTypeInfo;
  }

  private Object readResolve() {
    return INSTANCE;
  }
}

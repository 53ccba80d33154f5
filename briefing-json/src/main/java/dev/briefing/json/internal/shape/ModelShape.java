package dev.briefing.json.internal.shape;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Signpost;
import dev.briefing.core.Source;
import dev.briefing.core.Violation;
import dev.briefing.core.WatchItem;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.json.internal.JsonPathText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One public model type as a Jackson module binds it: how it is read and written, whether it is
 * read as a whole document part (a briefing, which carries {@code schemaVersion} and is
 * validated) or as a part on its own. {@link #ALL} is the list both Jackson modules register.
 *
 * @param <T> the model type
 */
public final class ModelShape<T> {

  /** Reads one value. */
  @FunctionalInterface
  interface Read<T> {
    T read(WireInput in) throws IOException;
  }

  /** Writes one value. */
  @FunctionalInterface
  interface Write<T> {
    void write(T value, WireOutput out) throws IOException;
  }

  /** Every public model type, each with its shape. */
  public static final List<ModelShape<?>> ALL = List.of(
      new ModelShape<>(Briefing.class, BriefingShape::read, BriefingShape::write, false),
      new ModelShape<>(Impact.class, ImpactShape::read, (v, out) -> ImpactShape.write(v, out, null), true),
      new ModelShape<>(AlternativeView.class, AlternativeViewShape::read,
          (v, out) -> AlternativeViewShape.write(v, out, null), true),
      new ModelShape<>(Figure.class, FigureShape::read, (v, out) -> FigureShape.write(v, out, null), true),
      new ModelShape<>(WatchItem.class, WatchItemShape::read, (v, out) -> WatchItemShape.write(v, out, null), true),
      new ModelShape<>(Signpost.class, SignpostShape::read, (v, out) -> SignpostShape.write(v, out, null), true),
      new ModelShape<>(Metadata.class, MetadataShape::read, (v, out) -> MetadataShape.write(v, out, null), true),
      new ModelShape<>(Source.class, SourceShape::read, (v, out) -> SourceShape.write(v, out, null), true),
      new ModelShape<>(Quantity.class, QuantityShape::read, (v, out) -> QuantityShape.write(v, out, null), true),
      new ModelShape<>(Violation.class, ViolationShape::read, ViolationShape::write, true),
      new ModelShape<>(ParseWarning.class, ParseWarningShape::read, ParseWarningShape::write, true));

  private final Class<T> type;
  private final Read<T> read;
  private final Write<T> write;
  private final boolean part;

  private ModelShape(Class<T> type, Read<T> read, Write<T> write, boolean part) {
    this.type = type;
    this.read = read;
    this.write = write;
    this.part = part;
  }

  /** @return the model type */
  public Class<T> type() {
    return type;
  }

  /**
   * Reads a value inside a user's document; a briefing is validated, and its violations are
   * named by path from the document's root ({@code $.briefing.impacts[1].text}).
   *
   * @param in the read, on the value's start
   * @param path the JSON path of the value in the user's document
   * @return the value
   */
  public T read(WireInput in, String path) throws IOException {
    T value = read.read(part ? in.versionNotExpected() : in);
    if (value instanceof Briefing) {
      List<Violation> violations = BriefingValidator.standard().validate((Briefing) value);
      if (!violations.isEmpty()) {
        throw new BriefingValidationException(rooted(violations, path));
      }
    }
    return value;
  }

  /** Writes a value. */
  public void write(T value, WireOutput out) throws IOException {
    write.write(value, out);
  }

  private static List<Violation> rooted(List<Violation> violations, String root) {
    List<Violation> rooted = new ArrayList<>(violations.size());
    for (Violation v : violations) {
      String path = v.path();
      String full = path.isEmpty() ? root
          : path.startsWith("[") ? root + path
          : root + "." + path;
      rooted.add(Violation.of(full, v.message()));
    }
    return rooted;
  }

  @Override
  public String toString() {
    return "ModelShape{" + type.getSimpleName() + (part ? ", part" : "") + ", root " + JsonPathText.ROOT + "}";
  }
}

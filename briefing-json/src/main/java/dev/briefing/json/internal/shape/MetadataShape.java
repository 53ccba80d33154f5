package dev.briefing.json.internal.shape;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.json.internal.WireDate;
import dev.briefing.json.internal.WireLanguage;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.util.List;

/** Metadata on the wire: id, published, language, authors, tags, sources; each left out when absent or empty. */
public final class MetadataShape {

  private static final Properties PROPERTIES = Properties.of(WireNames.METADATA_OBJECT);

  private MetadataShape() {}

  /** @return the metadata whose object the reader is on */
  public static Metadata read(WireInput in) throws IOException {
    Metadata.Builder metadata = Metadata.builder();
    Properties.Walk walk = PROPERTIES.walk(in, "a metadata object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      switch (index) {
        case 0:
          String id = in.optionalLine();
          if (id != null) {
            metadata.id(id);
          }
          break;
        case 1:
          String published = in.optionalString();
          if (published != null) {
            metadata.published(in.date(published));
          }
          break;
        case 2:
          String language = in.optionalString();
          if (language != null) {
            metadata.language(in.language(language));
          }
          break;
        case 3:
          in.arrayStart();
          while (in.nextElement()) {
            metadata.addAuthors(in.currentLine());
          }
          break;
        case 4:
          in.arrayStart();
          while (in.nextElement()) {
            metadata.addTags(in.currentLine());
          }
          break;
        default:
          in.arrayStart();
          while (in.nextElement()) {
            metadata.addSources(SourceShape.read(in));
          }
      }
    }
    return metadata.build();
  }

  /** Writes metadata on its own: its date is checked before anything is written. */
  public static void write(Metadata metadata, WireOutput out, String pointer) throws IOException {
    write(metadata, published(metadata), out, pointer);
  }

  static void write(Metadata m, String published, WireOutput out, String pointer) throws IOException {
    out.w.beginObject();
    out.property(WireNames.ID, m.id());
    if (published != null) {
      out.property(WireNames.PUBLISHED, published);
    }
    if (m.language().isPresent()) {
      out.property(WireNames.LANGUAGE, WireLanguage.format(m.language().get()));
    }
    out.strings(WireNames.AUTHORS, m.authors());
    out.strings(WireNames.TAGS, m.tags());
    List<Source> sources = m.sources();
    if (!sources.isEmpty()) {
      out.w.name(WireNames.SOURCES);
      out.w.beginArray();
      for (int i = 0, n = sources.size(); i < n; i++) {
        SourceShape.write(sources.get(i), out, pointer == null ? null : pointer + "/sources/" + i);
      }
      out.w.endArray();
    }
    out.extrasAt(pointer);
    out.w.endObject();
  }

  /**
   * @return the publication date as RFC 3339 text, or null when there is none
   * @throws BriefingFormatException when RFC 3339 cannot hold it
   */
  public static String published(Metadata metadata) {
    if (metadata.published().isEmpty()) {
      return null;
    }
    try {
      return WireDate.format(metadata.published().get());
    } catch (IllegalArgumentException e) {
      throw new BriefingFormatException(Location.unknown().withPath("$.metadata.published"),
          "cannot write " + metadata.published().get() + ": " + e.getMessage());
    }
  }
}

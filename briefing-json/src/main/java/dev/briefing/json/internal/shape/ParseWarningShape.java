package dev.briefing.json.internal.shape;

import dev.briefing.core.Location;
import dev.briefing.core.format.ParseWarning;
import dev.briefing.json.internal.WireNames;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A parser's warning, for reports: {@code {"location": {"line": 3, "column": 1, "section":
 * "The Numbers"}, "message": "..."}}; each part of the location is left out when unknown. Not
 * part of a briefing document.
 */
public final class ParseWarningShape {

  private static final Properties PROPERTIES =
      Properties.of(WireNames.PARSE_WARNING, WireNames.LOCATION, WireNames.MESSAGE);
  private static final Properties LOCATION = Properties.of(WireNames.LOCATION_OBJECT);

  private ParseWarningShape() {}

  /** @return the warning whose object the reader is on */
  public static ParseWarning read(WireInput in) throws IOException {
    Location location = null;
    String message = null;
    Properties.Walk walk = PROPERTIES.walk(in.versionNotExpected(), "a parse warning object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      if (index == 0) {
        in.reader().next();
        location = location(in);
      } else {
        message = in.string();
      }
    }
    return ParseWarning.of(location, message);
  }

  private static Location location(WireInput in) throws IOException {
    Location.Builder location = Location.builder();
    Properties.Walk walk = LOCATION.walk(in, "a location object");
    for (int index = walk.next(); index >= 0; index = walk.next()) {
      switch (index) {
        case 0:
          location.input(Optional.ofNullable(in.optionalString()));
          break;
        case 1:
          Integer line = in.optionalInteger();
          location.line(line == null ? OptionalInt.empty() : OptionalInt.of(line));
          break;
        case 2:
          Integer column = in.optionalInteger();
          location.column(column == null ? OptionalInt.empty() : OptionalInt.of(column));
          break;
        case 3:
          location.path(Optional.ofNullable(in.optionalString()));
          break;
        default:
          location.section(Optional.ofNullable(in.optionalString()));
      }
    }
    return location.build();
  }

  public static void write(ParseWarning warning, WireOutput out) throws IOException {
    Location location = warning.location();
    out.w.beginObject();
    out.w.name(WireNames.LOCATION);
    out.w.beginObject();
    out.property(WireNames.INPUT, location.input());
    if (location.line().isPresent()) {
      out.w.name(WireNames.LINE);
      out.w.number(location.line().getAsInt());
    }
    if (location.column().isPresent()) {
      out.w.name(WireNames.COLUMN);
      out.w.number(location.column().getAsInt());
    }
    out.property(WireNames.PATH, location.path());
    out.property(WireNames.SECTION, location.section());
    out.w.endObject();
    out.property(WireNames.MESSAGE, warning.message());
    out.w.endObject();
  }
}

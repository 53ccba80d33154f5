package dev.briefing.json.internal.shape;

import dev.briefing.json.internal.UnknownPlacement;
import dev.briefing.json.internal.WireDecimal;
import dev.briefing.json.internal.wire.JsonEngine;
import dev.briefing.json.internal.wire.WireReader;
import dev.briefing.json.internal.wire.WireWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One write of the wire format over a {@link WireWriter}: the format's omit rules for absent and
 * empty values, decimals as plain text, and the kept unknown properties put back where they
 * were read.
 */
public final class WireOutput {

  final WireWriter w;
  private final UnknownPlacement extras;
  private final JsonEngine rawReader;
  private final char[] decimalBuffer = new char[WireDecimal.BUFFER_LENGTH];

  /**
   * @param w where to write
   * @param extras kept unknown properties to put back; {@link UnknownPlacement#none()} for none
   * @param rawReader reads the kept values back; may be null when there are none
   */
  public WireOutput(WireWriter w, UnknownPlacement extras, JsonEngine rawReader) {
    this.w = w;
    this.extras = extras;
    this.rawReader = rawReader;
  }

  /** @return an output that puts back no unknown properties */
  public static WireOutput plain(WireWriter w) {
    return new WireOutput(w, UnknownPlacement.none(), null);
  }

  /** @return the writer */
  public WireWriter writer() {
    return w;
  }

  boolean hasExtras() {
    return !extras.isEmpty();
  }

  boolean anyExtrasUnder(String pointer) {
    return !extras.isEmpty() && extras.anyUnder(pointer);
  }

  void property(String name, String value) throws IOException {
    w.name(name);
    w.string(value);
  }

  void property(String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      property(name, value.get());
    }
  }

  void strings(String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    w.name(name);
    w.beginArray();
    for (int i = 0, n = values.size(); i < n; i++) {
      w.string(values.get(i));
    }
    w.endArray();
  }

  /** Writes a decimal as a string; the common ones through a buffer, without a String of their own. */
  void decimal(BigDecimal value) throws IOException {
    int length = WireDecimal.formatTo(value, decimalBuffer);
    if (length < 0) {
      w.string(WireDecimal.format(value));
    } else {
      w.string(decimalBuffer, 0, length);
    }
  }

  /** Puts back the kept properties of the object at {@code pointer}; null for an object that has none. */
  void extrasAt(String pointer) throws IOException {
    if (pointer == null || extras.isEmpty()) {
      return;
    }
    for (Map.Entry<String, String> extra : extras.at(pointer)) {
      w.name(extra.getKey());
      try (WireReader raw = rawReader.reader(extra.getValue(), false)) {
        raw.next();
        RawCopy.copy(raw, w);
      }
    }
  }
}

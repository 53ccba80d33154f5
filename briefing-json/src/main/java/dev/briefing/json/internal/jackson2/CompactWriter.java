package dev.briefing.json.internal.jackson2;

import com.fasterxml.jackson.core.util.BufferRecycler;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.json.internal.SchemaVersion;
import dev.briefing.json.internal.WireDecimal;
import dev.briefing.json.internal.WireLanguage;
import dev.briefing.json.internal.WireNames;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes a briefing as compact JSON text straight into one char array, for {@code
 * BriefingJson.write(Briefing)}: the same characters as {@link ModelWriter} on a compact Jackson
 * generator (a differential test holds the two to that), without the generator's per-token
 * bookkeeping. The shape of a briefing is known, so commas and names are written where they
 * belong instead of being worked out from a context at every token; names are copied with
 * their quotes and colon from constants; a string is copied in one call and scanned in place,
 * and only one that needs escapes is written character by character.
 *
 * <p>Escapes are Jackson's defaults: {@code \"}, {@code \\}, {@code \b \t \n \f \r}, the other
 * controls below U+0020 as <code>&#92;u00XX</code> with upper-case hex, and nothing else. Everything
 * that can fail (the publication date) is worked out before the first character, as in {@link
 * ModelWriter}. The array is borrowed from Jackson's buffer recycler and given back.
 *
 * <pre>{@code
 * String json = CompactWriter.write(briefing, factory._getBufferRecycler());
 * }</pre>
 */
public final class CompactWriter {

  /** What a character below 128 is written as after a backslash: 0 for itself, 'u' for <code>&#92;u00XX</code>. */
  private static final char[] ESCAPES = new char[128];
  private static final char[] HEX = "0123456789ABCDEF".toCharArray();
  /** Enough for the first documents of a thread; the recycler keeps the array as it grew. */
  private static final int INITIAL = 4000;
  /** The largest array given back to the recycler, as Jackson's own text buffers do. */
  private static final int MAX_KEPT = 0x10000;

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
  }

  private static final char[] START = ("{" + name(WireNames.SCHEMA_VERSION) + "\"" + SchemaVersion.CURRENT + "\"").toCharArray();
  private static final char[] TITLE = nextName(WireNames.TITLE);
  private static final char[] SIGNAL = nextName(WireNames.SIGNAL);
  private static final char[] WHAT_HAPPENED = nextName(WireNames.WHAT_HAPPENED);
  private static final char[] IMPACTS = (nextName(WireNames.IMPACTS, "[")).toCharArray();
  private static final char[] FIGURES = ("]" + nextName(WireNames.FIGURES, "[")).toCharArray();
  private static final char[] WATCH_ITEMS = ("]" + nextName(WireNames.WATCH_ITEMS, "[")).toCharArray();
  private static final char[] METADATA = nextName(WireNames.METADATA);
  private static final char[] ORDER = ("{" + name(WireNames.ORDER)).toCharArray();
  private static final char[] TEXT = nextName(WireNames.TEXT);
  private static final char[] VALUE = ("{" + name(WireNames.VALUE)).toCharArray();
  private static final char[] LABEL = nextName(WireNames.LABEL);
  private static final char[] SOURCE = nextName(WireNames.SOURCE);
  private static final char[] AS_OF = nextName(WireNames.AS_OF);
  private static final char[] QUANTITY = (nextName(WireNames.QUANTITY, "{") + name(WireNames.LOW)).toCharArray();
  private static final char[] HIGH = nextName(WireNames.HIGH);
  private static final char[] CURRENCY = nextName(WireNames.CURRENCY);
  private static final char[] UNIT = nextName(WireNames.UNIT);
  private static final char[] APPROXIMATE_TRUE = (nextName(WireNames.APPROXIMATE, "true}")).toCharArray();
  private static final char[] APPROXIMATE_FALSE = (nextName(WireNames.APPROXIMATE, "false}")).toCharArray();
  private static final char[] OBJECT_TITLE = ("{" + name(WireNames.TITLE)).toCharArray();
  private static final char[] DESCRIPTION = nextName(WireNames.DESCRIPTION);
  private static final char[] URL = nextName(WireNames.URL);
  private static final int LONGEST_NAME = 40;

  private final BufferRecycler recycler;
  private char[] buffer;
  private int length;

  private CompactWriter(BufferRecycler recycler) {
    this.recycler = recycler;
    this.buffer = recycler.allocCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, INITIAL);
  }

  /**
   * @param briefing the briefing
   * @param recycler lends the array the text is written into
   * @return the compact JSON document, without a final newline
   * @throws dev.briefing.core.BriefingFormatException when the publication date cannot be written
   */
  public static String write(Briefing briefing, BufferRecycler recycler) {
    Metadata metadata = briefing.metadata();
    String published = ModelWriter.published(metadata);
    try {
      CompactWriter out = new CompactWriter(recycler);
      out.briefing(briefing, metadata, published);
      String json = new String(out.buffer, 0, out.length);
      if (out.buffer.length <= MAX_KEPT) {
        recycler.releaseCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, out.buffer);
      }
      return json;
    } finally {
      recycler.releaseToPool();
    }
  }

  private void briefing(Briefing b, Metadata metadata, String published) {
    raw(START);
    Optional<String> title = b.title();
    if (title.isPresent()) {
      raw(TITLE);
      string(title.get());
    }
    raw(SIGNAL);
    string(b.signal());
    raw(WHAT_HAPPENED);
    string(b.whatHappened());
    raw(IMPACTS);
    List<Impact> impacts = b.impacts();
    for (int i = 0, n = impacts.size(); i < n; i++) {
      if (i > 0) {
        raw(',');
      }
      Impact impact = impacts.get(i);
      raw(ORDER);
      integer(impact.order());
      raw(TEXT);
      string(impact.text());
      raw('}');
    }
    raw(FIGURES);
    List<Figure> figures = b.figures();
    for (int i = 0, n = figures.size(); i < n; i++) {
      if (i > 0) {
        raw(',');
      }
      figure(figures.get(i));
    }
    raw(WATCH_ITEMS);
    List<WatchItem> items = b.watchItems();
    for (int i = 0, n = items.size(); i < n; i++) {
      if (i > 0) {
        raw(',');
      }
      WatchItem item = items.get(i);
      raw(OBJECT_TITLE);
      string(item.title());
      raw(DESCRIPTION);
      string(item.description());
      raw('}');
    }
    raw(']');
    if (!metadata.isEmpty()) {
      raw(METADATA);
      metadata(metadata, published);
    }
    raw('}');
  }

  private void figure(Figure figure) {
    raw(VALUE);
    string(figure.value());
    raw(LABEL);
    string(figure.label());
    Optional<String> source = figure.source();
    if (source.isPresent()) {
      raw(SOURCE);
      string(source.get());
    }
    Optional<String> asOf = figure.asOf();
    if (asOf.isPresent()) {
      raw(AS_OF);
      string(asOf.get());
    }
    Optional<Quantity> quantity = figure.quantity();
    if (quantity.isPresent()) {
      Quantity q = quantity.get();
      raw(QUANTITY);
      decimal(q.low());
      raw(HIGH);
      decimal(q.high());
      Optional<String> currency = q.currency();
      if (currency.isPresent()) {
        raw(CURRENCY);
        string(currency.get());
      }
      Optional<String> unit = q.unit();
      if (unit.isPresent()) {
        raw(UNIT);
        string(unit.get());
      }
      raw(q.approximate() ? APPROXIMATE_TRUE : APPROXIMATE_FALSE);
    }
    raw('}');
  }

  private void metadata(Metadata m, String published) {
    // Not empty, so at least one property follows; each after the first has a comma.
    raw('{');
    boolean first = true;
    if (m.id().isPresent()) {
      first = field(first, WireNames.ID);
      string(m.id().get());
    }
    if (published != null) {
      first = field(first, WireNames.PUBLISHED);
      string(published);
    }
    if (m.language().isPresent()) {
      first = field(first, WireNames.LANGUAGE);
      string(WireLanguage.format(m.language().get()));
    }
    first = strings(first, WireNames.AUTHORS, m.authors());
    first = strings(first, WireNames.TAGS, m.tags());
    List<Source> sources = m.sources();
    if (!sources.isEmpty()) {
      field(first, WireNames.SOURCES);
      raw('[');
      for (int i = 0, n = sources.size(); i < n; i++) {
        if (i > 0) {
          raw(',');
        }
        Source source = sources.get(i);
        raw(OBJECT_TITLE);
        string(source.title());
        raw(URL);
        string(source.url().toString());
        raw('}');
      }
      raw(']');
    }
    raw('}');
  }

  private boolean strings(boolean first, String name, List<String> values) {
    if (values.isEmpty()) {
      return first;
    }
    field(first, name);
    raw('[');
    for (int i = 0, n = values.size(); i < n; i++) {
      if (i > 0) {
        raw(',');
      }
      string(values.get(i));
    }
    raw(']');
    return false;
  }

  /** Writes a metadata property's name, after a comma unless it is the first; @return false */
  private boolean field(boolean first, String name) {
    ensure(LONGEST_NAME);
    if (!first) {
      buffer[length++] = ',';
    }
    buffer[length++] = '"';
    name.getChars(0, name.length(), buffer, length);
    length += name.length();
    buffer[length++] = '"';
    buffer[length++] = ':';
    return false;
  }

  // ---- values

  private void string(String text) {
    int n = text.length();
    ensure(n + 2);
    char[] b = buffer;
    b[length++] = '"';
    int start = length;
    // One bulk copy, then a scan in place: nearly every string needs no escape at all.
    text.getChars(0, n, b, start);
    int end = start + n;
    for (int i = start; i < end; i++) {
      char c = b[i];
      if (c < 128 && ESCAPES[c] != 0) {
        length = i;
        escapedFrom(text, i - start);
        return;
      }
    }
    length = end;
    b[length++] = '"';
  }

  /** Writes the rest of a string from {@code from}, escaping, and its closing quote. */
  private void escapedFrom(String text, int from) {
    int n = text.length();
    ensure((n - from) * 6 + 1);
    char[] b = buffer;
    for (int i = from; i < n; i++) {
      char c = text.charAt(i);
      char escape = c < 128 ? ESCAPES[c] : 0;
      if (escape == 0) {
        b[length++] = c;
      } else if (escape == 'u') {
        b[length++] = '\\';
        b[length++] = 'u';
        b[length++] = '0';
        b[length++] = '0';
        b[length++] = HEX[c >> 4];
        b[length++] = HEX[c & 0xF];
      } else {
        b[length++] = '\\';
        b[length++] = escape;
      }
    }
    b[length++] = '"';
  }

  private void decimal(BigDecimal value) {
    ensure(WireDecimal.BUFFER_LENGTH + 2);
    buffer[length++] = '"';
    int written = WireDecimal.formatTo(value, buffer, length);
    if (written < 0) {
      length--;
      // Digits, a sign and a point only: nothing to escape.
      string(WireDecimal.format(value));
      return;
    }
    length += written;
    buffer[length++] = '"';
  }

  private void integer(int value) {
    ensure(11);
    long rest = value;
    if (rest < 0) {
      buffer[length++] = '-';
      rest = -rest;
    }
    int digits = 1;
    for (long bound = 10; rest >= bound; bound *= 10) {
      digits++;
    }
    int at = length + digits;
    length = at;
    do {
      buffer[--at] = (char) ('0' + rest % 10);
      rest /= 10;
    } while (rest > 0);
  }

  // ---- characters

  private void raw(char c) {
    ensure(1);
    buffer[length++] = c;
  }

  private void raw(char[] chars) {
    ensure(chars.length);
    System.arraycopy(chars, 0, buffer, length, chars.length);
    length += chars.length;
  }

  private void ensure(int count) {
    int needed = length + count;
    if (needed < 0) {
      throw new OutOfMemoryError("the document is longer than a Java String can be");
    }
    if (needed > buffer.length) {
      int doubled = buffer.length << 1;
      char[] larger = Arrays.copyOf(buffer, Math.max(needed, doubled < 0 ? Integer.MAX_VALUE - 8 : doubled));
      // Give the borrowed array back when the larger one will be too large to keep, so that
      // the next document starts from it rather than from a small new one.
      if (larger.length > MAX_KEPT && buffer.length <= MAX_KEPT) {
        recycler.releaseCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, buffer);
      }
      buffer = larger;
    }
  }

  private static String name(String name) {
    return "\"" + name + "\":";
  }

  private static char[] nextName(String name) {
    return ("," + name(name)).toCharArray();
  }

  private static String nextName(String name, String then) {
    return "," + name(name) + then;
  }
}

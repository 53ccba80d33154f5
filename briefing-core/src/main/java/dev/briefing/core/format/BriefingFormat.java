package dev.briefing.core.format;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

/**
 * A named format with its media type, file extensions, and the renderer and parser it offers.
 * This is the {@link java.util.ServiceLoader} service type: list implementations in {@code
 * META-INF/services/dev.briefing.core.format.BriefingFormat} (or a module's {@code provides}).
 *
 * <pre>{@code
 * public final class HouseStyleFormat implements BriefingFormat {
 *   public String name() { return "house"; }
 *   public String mediaType() { return "text/x-house"; }
 *   public List<String> extensions() { return List.of(".house"); }
 *   public MatchStrength probe(CharSequence head) { return MatchStrength.NO_MATCH; }
 *   public Optional<BriefingRenderer> renderer() { return Optional.of(new HouseStyleRenderer()); }
 *   public Optional<BriefingParser> parser() { return Optional.empty(); }
 * }
 * }</pre>
 */
public interface BriefingFormat {

  /** @return the unique, lower-case name, such as {@code markdown} */
  String name();

  /** @return the media type without parameters, such as {@code text/markdown} */
  String mediaType();

  /**
   * @return the file extensions with their dot, such as {@code .md}; the first is preferred.
   *     An extension may be compound, such as {@code .slack.json}: a file name's longest
   *     extension a format has decides ({@link FormatRegistry#forFileName(String)})
   */
  List<String> extensions();

  /** @return the renderer with default options, if this format can be written */
  Optional<BriefingRenderer> renderer();

  /** @return the parser with default options, if this format can be read */
  Optional<BriefingParser> parser();

  /**
   * Whether one input or output of this format holds any number of briefings, one after
   * another, as NDJSON does. When true, the parser's {@link BriefingParser#readAll(Reader)}
   * yields each briefing of an input, and briefings rendered one after another into one
   * output read back as all of them. Tools rely on this instead of on names or media types:
   * {@code briefing validate} numbers the briefings of such an input, and a batch is kept
   * readable as a batch only by writing such a format.
   *
   * <pre>{@code
   * BriefingFormat format = FormatRegistry.loadDefault().forFileName("archive.jsonl");
   * if (format.multiDocument()) {
   *   try (Stream<ParseResult> all = format.parser().orElseThrow().readAll(reader)) {
   *     all.forEachOrdered(r -> System.out.println("briefing " + r.document()));
   *   }
   * }
   * }</pre>
   *
   * @return true for a format that holds many briefings per input; false, the default, for
   *     one briefing per input
   */
  default boolean multiDocument() {
    return false;
  }

  /**
   * Tells how much the first characters of an input look like this format, so that an input
   * of unknown format goes to the format that recognises it best ({@link
   * FormatRegistry#sniff(CharSequence)}); no list of formats is kept anywhere else. The head
   * is up to 64 Ki characters, without a byte-order mark, and may end in the middle of a line.
   *
   * <pre>{@code
   * public MatchStrength probe(CharSequence head) {
   *   return head.toString().startsWith("%house\n") ? MatchStrength.FULL_MATCH : MatchStrength.NO_MATCH;
   * }
   * }</pre>
   *
   * @param head the first characters of the input
   * @return how strongly they look like this format; {@link MatchStrength#INCONCLUSIVE}, the
   *     default, for a format that cannot tell
   */
  default MatchStrength probe(CharSequence head) {
    return MatchStrength.INCONCLUSIVE;
  }
}

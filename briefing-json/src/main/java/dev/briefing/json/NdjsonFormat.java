package dev.briefing.json;

import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.DescribedFormat;
import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.core.format.InputHead;
import dev.briefing.core.format.MatchStrength;
import java.io.Reader;
import java.util.List;
import java.util.Optional;

/**
 * The {@code ndjson} format of the format registry: {@code application/x-ndjson},
 * {@code .ndjson} and {@code .jsonl}. It is a {@linkplain #multiDocument() many-document}
 * format: its renderer writes one briefing as one compact line ended by {@code \n}, so
 * rendering many into one {@code Appendable} makes JSON Lines; its parser's {@link
 * BriefingParser#readAll(Reader)} (and so {@link BriefingParser#parseAll(Reader)}) streams
 * lazily, one line at a time, numbering the briefings from 1 and failing at a bad line with
 * that line's number only when the stream reaches it; {@link BriefingParser#parse(Reader)}
 * wants exactly one briefing.
 *
 * <pre>{@code
 * BriefingParser lines = FormatRegistry.loadDefault().parser("ndjson");
 * try (Stream<ParseResult> all = lines.readAll(reader)) {
 *   all.forEachOrdered(result -> archive.store(result.document(), result.briefing()));
 * }
 * }</pre>
 */
public final class NdjsonFormat extends DescribedFormat {

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("ndjson", "application/x-ndjson")
      .extensions(".ndjson", ".jsonl")
      .multiDocument()
      .probe(NdjsonFormat::probeLines)
      .build();

  /** The format with the strict, validating {@link BriefingJson#create()}. */
  public NdjsonFormat() {
    this(BriefingJson.create());
  }

  /**
   * @param codec the codec to read with (its validation and unknown-property settings apply);
   *     its renderer writes each briefing as one compact line with it, whatever the codec validates, as
   *     every renderer of the registry writes what it is given
   */
  public NdjsonFormat(BriefingJson codec) {
    super(DESCRIPTOR, Optional.of(renderer(codec.withoutValidation())), Optional.of(new NdjsonParser(codec)));
  }

  private static BriefingRenderer renderer(BriefingJson codec) {
    BriefingJson lines = codec.compact();
    return (briefing, out) -> out.append(lines.write(briefing)).append('\n');
  }

  /**
   * Two lines that each start an object: only NDJSON has that, so it beats JSON's one. A first
   * record longer than the head reads as JSON.
   */
  private static MatchStrength probeLines(CharSequence head) {
    List<String> lines = InputHead.nonBlankLines(head, 2);
    return lines.size() == 2 && lines.get(0).startsWith("{") && lines.get(1).startsWith("{")
        ? MatchStrength.FULL_MATCH : MatchStrength.NO_MATCH;
  }
}

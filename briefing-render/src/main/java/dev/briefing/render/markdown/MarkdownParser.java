package dev.briefing.render.markdown;

import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.ParseOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.internal.parse.ParserSettings;
import dev.briefing.render.internal.markdown.MarkdownLayoutReader;
import dev.briefing.render.internal.markdown.TolerantMarkdown;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a briefing from CommonMark Markdown, through commonmark-java's syntax tree:
 *
 * <pre>
 * # Optional title
 *
 * ## The Signal
 *
 * Paragraphs.
 *
 * ## What Happened
 *
 * Paragraphs.
 *
 * ## Why It Matters
 *
 * - **First-order:** the first paragraph of an impact
 *
 *   further paragraphs, indented
 * - **Second-order:** ...
 *
 * ## The Numbers
 *
 * - **$72.3B**: Total capital raised to date (*various sources*)
 * - **2,300–5,000**: Estimated employee count (as of *2026*)
 * - **$380B**: Valuation (*TechCrunch*, as of *February 2026*)
 *
 * ## What To Watch
 *
 * - **Architectural Shift**: what to look for
 *
 * ## Details
 *
 * - **ID:** 2026-02-karpathy
 * - **Published:** 2026-02-10T09:00Z
 * - **Language:** en-US
 * - **Author:** Desk Editor
 * - **Tag:** ai
 * - **Source:** [TechCrunch](https://techcrunch.com/)
 * </pre>
 *
 * <p>This is what the {@code markdown} renderer writes; its escapes and entities are undone by
 * commonmark-java, so text comes back exactly. Hand-written Markdown of the same shape is read
 * too: any heading levels (a first heading above the section level, or not naming a section,
 * is the title), headings in any case and any built-in language of {@link SectionLabels},
 * impacts as list items or paragraphs, {@code **First-order**:} with the colon outside,
 * figures and watch items without bold ({@code - $72.3B: label (source).}, read as the text
 * layout reads them). Emphasis, links and code inside user text are read as their text.
 * Tables are not read strictly; {@link ParseOptions.Builder#tolerant tolerant} reading reads them,
 * with headings, lists and figures as people write them (see docs/parsers.md).
 *
 * <p>Damaged characters are repaired and every repair listed in {@link ParseResult#repairs()}
 * (see {@link dev.briefing.render.repair.TextRepairer}). The repair reads the raw document, so
 * a character reference ({@code &#194;¯}) is never taken for damage; {@link MarkdownRenderer}
 * writes undamaged text that looks damaged that way. A missing required section or a block
 * that fits nowhere is a {@link dev.briefing.core.BriefingFormatException} with its line and
 * column; a {@linkplain ParseOptions#lenient() lenient} parser lists it in
 * {@link ParseResult#warnings()} instead and goes on. Input longer than
 * {@link ParseOptions#maxInputChars()} is refused.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * Briefing briefing = MarkdownParser.standard().parse(markdown);
 *
 * ParseResult result = MarkdownParser.of(ParseOptions.builder().lenient(true).build()).read(reader);
 * result.warnings().forEach(System.err::println); // line 12, column 1 in The Numbers: ...
 * }</pre>
 */
public final class MarkdownParser implements BriefingParser {

  private static final MarkdownParser STANDARD = of(ParseOptions.standard());

  private final Function<Reader, ParseResult> reader;

  private MarkdownParser(ParseOptions options) {
    this.reader = options.tolerant() ? new TolerantMarkdown(options)::read
        : new MarkdownLayoutReader(ParserSettings.of(options))::read;
  }

  /** @return a strict parser that repairs text, knows the built-in labels and reads up to 16 Mi characters */
  public static MarkdownParser standard() {
    return STANDARD;
  }

  /**
   * @param options strictness, repair, the input limit and house labels
   * @return a parser with those options
   */
  public static MarkdownParser of(ParseOptions options) {
    return new MarkdownParser(Objects.requireNonNull(options, "options"));
  }

  @Override
  public ParseResult read(Reader in) {
    return reader.apply(Objects.requireNonNull(in, "in"));
  }
}

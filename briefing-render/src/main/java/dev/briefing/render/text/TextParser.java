package dev.briefing.render.text;

import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.ParseOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.internal.parse.ParserSettings;
import dev.briefing.render.internal.text.TextLayoutReader;
import dev.briefing.render.internal.text.TolerantText;
import java.io.Reader;
import java.util.Objects;
import java.util.function.Function;

/**
 * Reads a briefing from plain text in the layout of the seed briefing:
 *
 * <pre>
 * Optional title line
 *
 * The Signal
 * One line per paragraph.
 * What Happened
 * One line per paragraph.
 * Why It Matters
 * First-order: the first paragraph of an impact
 * Second-order: ...
 * The Numbers
 * - $72.3B: Total capital raised to date (various sources).
 * - 2,300–5,000: Estimated employee count (2026).
 * What To Watch
 * - Architectural Shift: what to look for
 * Details
 * ID: 2026-02-karpathy
 * Published: 2026-02-10T09:00Z
 * Language: en-US
 * Author: Desk Editor
 * Tag: ai
 * Source: TechCrunch &lt;https://techcrunch.com/&gt;
 * </pre>
 *
 * <p>Tolerated as written: a byte order mark; {@code \r\n} or {@code \r} line breaks; a final
 * line break or none; extra blank lines; headings in any case, with a trailing colon or
 * leading Markdown {@code #}s, in any built-in language of {@link SectionLabels} (and any
 * added with {@link ParseOptions.Builder#addLabels}); bullets {@code -}, {@code *} and {@code •};
 * impact prefixes such as {@code First-order:}, {@code 1st-order:}, {@code Fourth order:}.
 * In The Numbers a parenthesised date or period ({@code (2026)}, {@code (Q3 2025)}) becomes
 * the figure's as-of, anything else its source, and {@code (source, 2026)} both.
 *
 * <p>Damaged characters are repaired and every repair listed in {@link ParseResult#repairs()}
 * (see {@link dev.briefing.render.repair.TextRepairer}). A missing required section or a line
 * that fits nowhere is a {@link dev.briefing.core.BriefingFormatException} with its line and
 * column; a {@linkplain ParseOptions#lenient() lenient} parser lists it in
 * {@link ParseResult#warnings()} instead and goes on. Input longer than
 * {@link ParseOptions#maxInputChars()} is refused. Parsing takes time linear in the input.
 *
 * <p>The layout's escape is a backslash, which {@link TextRenderer} writes only where this
 * parser would otherwise misread user text, so a valid briefing in normal form comes back
 * exactly: a line reading as a heading, bullet or impact prefix starts with one
 * ({@code \What To Watch}); a piece of text with whitespace or a backslash at an end has one
 * there ({@code \  padded \}); a character the repair would take for damage has one before it
 * ({@code \Â¯}); a figure or watch item the plain form cannot carry is written in an escaped
 * form ({@code - \a\: b: Total \(est\) (, 2026).}). The parser removes one backslash at each
 * end of a piece of text, one before {@code â}, {@code Â}, {@code Ã} and {@code โ}, and reads
 * escaped forms; other backslashes are text. A line of one backslash joins the lines around it
 * into one paragraph with a line break, as the renderer writes line breaks inside a paragraph.
 *
 * <p>With {@link ParseOptions.Builder#tolerant tolerant} options, text as people write it is read
 * too: headings in many styles and label sets, hard-wrapped paragraphs, lists and tables, with
 * the text around the briefing dropped; see docs/parsers.md.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <pre>{@code
 * ParseResult result = TextParser.standard().read(Files.newBufferedReader(path));
 * Briefing briefing = result.briefing();
 * result.repairs().forEach(r -> System.err.println("repaired " + r)); // 2:16 'โ' -> '’'
 *
 * TextParser tolerant = TextParser.of(ParseOptions.builder().lenient(true).build());
 * tolerant.read(reader).warnings().forEach(System.err::println);
 * }</pre>
 */
public final class TextParser implements BriefingParser {

  /**
   * Built on first use, not with the class, and shared by every caller of the standard options
   * (the text format among them): each parser builds the labels' vocabulary.
   */
  private static final class Standard {
    static final TextParser PARSER = new TextParser(ParseOptions.standard());
  }

  private final Function<Reader, ParseResult> reader;

  private TextParser(ParseOptions options) {
    this.reader = options.tolerant() ? new TolerantText(options)::read : new TextLayoutReader(ParserSettings.of(options))::read;
  }

  /** @return a strict parser that repairs text, knows the built-in labels and reads up to 16 Mi characters */
  public static TextParser standard() {
    return Standard.PARSER;
  }

  /**
   * @param options strictness, repair, the input limit and house labels
   * @return a parser with those options
   */
  public static TextParser of(ParseOptions options) {
    return Objects.requireNonNull(options, "options").equals(ParseOptions.standard()) ? Standard.PARSER : new TextParser(options);
  }

  @Override
  public ParseResult read(Reader in) {
    return reader.apply(Objects.requireNonNull(in, "in"));
  }
}

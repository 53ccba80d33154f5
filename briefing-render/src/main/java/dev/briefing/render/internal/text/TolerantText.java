package dev.briefing.render.internal.text;

import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.internal.tolerant.OwnLayout;
import dev.briefing.render.internal.tolerant.TextBlocks;
import dev.briefing.render.internal.tolerant.TolerantParsing;
import dev.briefing.render.text.TextRenderer;
import java.io.Reader;

/** Plain text read tolerantly: the library's own layout exactly, anything else through the tolerant reader. */
public final class TolerantText {

  private final TolerantParsing parsing;
  private final TextBlocks blocks;
  private final OwnLayout own;

  /** @param options the parser's options */
  public TolerantText(ParseOptions options) {
    this.parsing = new TolerantParsing(options);
    this.blocks = new TextBlocks(parsing.headings());
    TextLayoutReader strict = new TextLayoutReader(parsing.strictSettings());
    this.own = new OwnLayout(strict::read, TextRenderer::of, options.knownLabels(), "text");
  }

  /**
   * @param in the input
   * @return the briefing with notes, warnings and repairs
   */
  public ParseResult read(Reader in) {
    SourceText source = SourceText.read(in, parsing.settings(), true);
    ParseResult exact = own.read(source);
    return exact != null ? exact : parsing.read(source, blocks.blocks(source.lines()));
  }
}

package dev.briefing.render.internal.markdown;

import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.internal.tolerant.OwnLayout;
import dev.briefing.render.internal.tolerant.TolerantParsing;
import dev.briefing.render.markdown.MarkdownRenderer;
import java.io.Reader;

/** Markdown read tolerantly: the library's own layout exactly, anything else through the tolerant reader. */
public final class TolerantMarkdown {

  private final TolerantParsing parsing;
  private final OwnLayout own;

  /** @param options the parser's options */
  public TolerantMarkdown(ParseOptions options) {
    this.parsing = new TolerantParsing(options);
    this.own = new OwnLayout(new OwnMarkdownReader(parsing.words())::read, MarkdownRenderer::of, options.knownLabels(), "Markdown");
  }

  /**
   * @param in the input
   * @return the briefing with notes, warnings and repairs
   */
  public ParseResult read(Reader in) {
    SourceText source = SourceText.read(in, parsing.settings());
    ParseResult exact = own.read(source);
    return exact != null ? exact : parsing.read(source, MarkdownBlocks.of(source));
  }
}

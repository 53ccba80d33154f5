package dev.briefing.spring.internal;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Optional;

/**
 * A format as registered, with another renderer and parser: for a format whose class takes no
 * options, such as {@code json}, whose options live on its codec.
 */
final class CodecFormat implements BriefingFormat {

  private final BriefingFormat format;
  private final BriefingRenderer renderer;
  private final BriefingParser parser;

  CodecFormat(BriefingFormat format, BriefingRenderer renderer, BriefingParser parser) {
    this.format = format;
    this.renderer = renderer;
    this.parser = parser;
  }

  @Override
  public String name() {
    return format.name();
  }

  @Override
  public String mediaType() {
    return format.mediaType();
  }

  @Override
  public List<String> extensions() {
    return format.extensions();
  }

  @Override
  public boolean multiDocument() {
    return format.multiDocument();
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of(renderer);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.of(parser);
  }

  @Override
  public String toString() {
    return format.toString();
  }
}

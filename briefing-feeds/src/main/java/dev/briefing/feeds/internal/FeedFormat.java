package dev.briefing.feeds.internal;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Optional;

/**
 * What the feed formats have in common: a name, a media type, one extension, a renderer, no
 * parser, and many briefings per output.
 */
public abstract class FeedFormat implements BriefingFormat {
  private final String name;
  private final String mediaType;
  private final String extension;
  private final BriefingRenderer renderer;

  /**
   * @param name the format's name
   * @param mediaType its media type
   * @param extension its file extension with the dot
   * @param renderer the renderer it hands out
   */
  protected FeedFormat(String name, String mediaType, String extension, BriefingRenderer renderer) {
    this.name = name;
    this.mediaType = mediaType;
    this.extension = extension;
    this.renderer = renderer;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String mediaType() {
    return mediaType;
  }

  @Override
  public final List<String> extensions() {
    return List.of(extension);
  }

  @Override
  public final Optional<BriefingRenderer> renderer() {
    return Optional.of(renderer);
  }

  @Override
  public final Optional<BriefingParser> parser() {
    return Optional.empty();
  }

  @Override
  public final boolean multiDocument() {
    return true;
  }

  @Override
  public final String toString() {
    return getClass().getSimpleName() + "[" + mediaType + "]";
  }
}

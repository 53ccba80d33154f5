package dev.briefing.benchmarks.batch;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Optional;

/**
 * A one-document format made many-document under its own name, so that a converter writes one
 * page per briefing, one after another, as the batch's other implementations do: the {@code
 * html} format holds one briefing, and a converter refuses to write a second into it.
 *
 * <pre>{@code
 * FormatRegistry formats = registry.with(new PagesInSequence(registry.byName("html")));
 * Converter.using(formats).convert(in, "ndjson", out, "html");
 * }</pre>
 */
final class PagesInSequence implements BriefingFormat {
  private final BriefingFormat page;

  PagesInSequence(BriefingFormat page) {
    this.page = page;
  }

  @Override
  public String name() {
    return page.name();
  }

  @Override
  public String mediaType() {
    return page.mediaType();
  }

  @Override
  public List<String> extensions() {
    return page.extensions();
  }

  /** @return true: pages follow each other */
  @Override
  public boolean multiDocument() {
    return true;
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return page.renderer();
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.empty();
  }
}

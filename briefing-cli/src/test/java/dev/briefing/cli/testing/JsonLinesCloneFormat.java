package dev.briefing.cli.testing;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;
import java.util.List;
import java.util.Optional;

/**
 * JSON Lines under a name, media type and extension of its own, {@code test-jsonl} ({@code
 * .jsonlines}), as a third party would register it: it reads and writes with the {@code
 * ndjson} format's parser and renderer, and says it is many-document. The command must treat
 * it exactly as it treats {@code ndjson}, without knowing either by name.
 */
public final class JsonLinesCloneFormat implements BriefingFormat {

  /** Called by {@link java.util.ServiceLoader}. */
  public JsonLinesCloneFormat() {}

  @Override
  public String name() {
    return "test-jsonl";
  }

  @Override
  public String mediaType() {
    return "application/x-test-jsonl";
  }

  @Override
  public List<String> extensions() {
    return List.of(".jsonlines");
  }

  @Override
  public boolean multiDocument() {
    return true;
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Ndjson.FORMAT.renderer();
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Ndjson.FORMAT.parser();
  }

  /** Looked up on first use, not while the registry that lists this format is being loaded. */
  private static final class Ndjson {
    static final BriefingFormat FORMAT = FormatRegistry.loadDefault().byName("ndjson");
  }
}

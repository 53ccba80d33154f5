package dev.briefing.render.internal.tolerant;

import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.internal.parse.BriefingDraft;
import dev.briefing.render.internal.parse.ParserSettings;
import dev.briefing.render.internal.parse.SourceText;
import dev.briefing.render.internal.parse.Vocabulary;
import java.util.List;

/**
 * The tolerant reader with what its three inputs share: the options' limits, repair and
 * labels, made once per parser.
 */
public final class TolerantParsing {

  private final ParserSettings settings;
  private final ParserSettings strictSettings;
  private final Headings headings;
  private final TolerantReader reader;

  /** @param options the parser's options; tolerant or not, they are read tolerantly */
  public TolerantParsing(ParseOptions options) {
    this.settings = ParserSettings.of(options);
    this.strictSettings = new ParserSettings(false, settings.repairText(), settings.maxInputChars(), settings.vocabulary());
    this.headings = new Headings(options.knownLabelSets());
    this.reader = new TolerantReader(headings, settings.vocabulary());
  }

  /** @return the settings: the limit, repair and words */
  public ParserSettings settings() {
    return settings;
  }

  /** @return the strict settings of the same options, for reading the library's own layouts */
  public ParserSettings strictSettings() {
    return strictSettings;
  }

  /** @return the section headings */
  public Headings headings() {
    return headings;
  }

  /** @return impact orders, detail labels and "as of" words */
  public Vocabulary words() {
    return settings.vocabulary();
  }

  /**
   * @param source the input
   * @param blocks its blocks
   * @return the briefing read tolerantly, with notes, warnings and repairs
   */
  public ParseResult read(SourceText source, List<Block> blocks) {
    Report report = new Report(source);
    BriefingDraft draft = reader.read(blocks, report);
    return result(source, draft, report);
  }

  /**
   * @param source the input
   * @param draft what was read
   * @param report what the reading said
   * @return the result
   */
  public static ParseResult result(SourceText source, BriefingDraft draft, Report report) {
    return ParseResult.builder()
        .briefing(draft.build())
        .repairs(source.repairs())
        .warnings(report.warnings())
        .notes(report.notes())
        .build();
  }
}

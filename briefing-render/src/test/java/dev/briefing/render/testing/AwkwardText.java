package dev.briefing.render.testing;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * Valid text that a layout could misread: its own syntax (headings, bullets, impact prefixes,
 * details, figure punctuation), surrounding whitespace, backslashes, characters the repair
 * looks at, put into every text field of a briefing.
 */
public final class AwkwardText {

  /** Each string is valid in every field; paragraph-only ones are in {@link #PARAGRAPHS}. */
  private static final List<String> STRINGS = List.of(
      // characters the repair acts on, in text that was never damaged
      "¸˛Ç◊ı˜Â¯˘¿", "Ã©tÃ©", "â€™ as typed", "aโb", "2โ5", "โ", "say โhiโ", "ภาษาไทย โดย", "Â", "x Â° y",
      // whitespace a reader strips, and the escape character itself
      "  javascript:alert(1)", "trailing  ", "\tTab first", "nbsp last\u00A0", "\\", "\\\\", "\\ lead",
      "ends\\", " \\ ", "\uFEFFbom first", "a \\ b",
      // the text layout's structure
      "The Signal", "What To Watch", "why it matters:", "## The Numbers", "Details", "Was passiert ist",
      "First-order: x", "1st-order: x", "Zweite Ordnung: x", "- bullet", "* star", "• dot", "-", "- ",
      "ID: x", "Source: x <https://example.com/>", "a: b", "a:: b", "a:", ": a",
      // figure punctuation
      "Total (est)", "(2026)", "2026", "Reuters, 2026", "x)", "(x", "a (b) c", "label.", "label..",
      "x (y).", "as of 2026", "(*x*)", "a, b", "Q3 2025",
      // Markdown syntax
      "**bold**", "*em*", "[l](http://x)", "&#106;", "<b>", "1. one", "+ plus", "> quote", "`c`");

  /** Text only valid in paragraph fields: several paragraphs, line breaks inside one. */
  private static final List<String> PARAGRAPHS = List.of(
      "First\n\nThe Signal", "First\n\n- bullet\n\nFirst-order: x", "a\n\n\\", "a \n\n b",
      // line breaks inside a paragraph (valid, though not normal form)
      "java\nscript:alert(1)", "a\n", "\nb", "a\n\n\nb", "a\n- b\nThe Numbers", "x\n\\", "\\\n\\", "a\n\n\n\nb");

  private static final BriefingValidator VALIDATOR = BriefingValidator.standard();

  private AwkwardText() {}

  /** Every text field, as a way to put a string into a briefing. */
  private enum Field {
    TITLE(false, (b, s) -> b.withTitle(s)),
    SIGNAL(true, (b, s) -> b.withSignal(s)),
    WHAT_HAPPENED(true, (b, s) -> b.withWhatHappened("Before.\n\n" + s)),
    IMPACT_TEXT(true, (b, s) -> b.withImpacts(Impact.of(1, s), Impact.of(2, "Then " + s))),
    FIGURE_VALUE(false, (b, s) -> b.withFigures(Figure.builder().value(s).label("Label").source("Source").build())),
    FIGURE_LABEL(false, (b, s) -> b.withFigures(Figure.of("$1B", s), Figure.builder().value("2").label(s).asOf("2026").build())),
    FIGURE_SOURCE(false, (b, s) -> b.withFigures(Figure.builder().value("$1B").label("Label").source(s).build(),
        Figure.builder().value("2").label("Label").source(s).asOf("2026").build())),
    FIGURE_AS_OF(false, (b, s) -> b.withFigures(Figure.builder().value("$1B").label("Label").asOf(s).build(),
        Figure.builder().value("2").label("Label").source("Source").asOf(s).build())),
    WATCH_TITLE(false, (b, s) -> b.withWatchItems(WatchItem.of(s, "Description."))),
    WATCH_DESCRIPTION(true, (b, s) -> b.withWatchItems(WatchItem.of("Watch", s), WatchItem.of("Next", "More."))),
    ID(false, (b, s) -> b.withMetadata(Metadata.builder().from(b.metadata()).id(s).build())),
    AUTHOR(false, (b, s) -> b.withMetadata(Metadata.builder().from(b.metadata()).authors(List.of(s)).build())),
    TAG(false, (b, s) -> b.withMetadata(Metadata.builder().from(b.metadata()).tags(List.of(s, "t")).build())),
    SOURCE_TITLE(false, (b, s) -> b.withMetadata(Metadata.builder().from(b.metadata())
        .sources(List.of(Source.of(s, b.metadata().sources().get(0).url()))).build()));

    private final boolean paragraphs;
    private final BiFunction<Briefing, String, Briefing> put;

    Field(boolean paragraphs, BiFunction<Briefing, String, Briefing> put) {
      this.paragraphs = paragraphs;
      this.put = put;
    }
  }

  /**
   * @return arguments (field name, text, briefing): every string in every field where the
   *     briefing is valid, in the seed with a title and every kind of metadata
   */
  public static Stream<Arguments> inEveryField() {
    List<Arguments> all = new ArrayList<>();
    for (Field field : Field.values()) {
      List<String> texts = new ArrayList<>(STRINGS);
      if (field.paragraphs) {
        texts.addAll(PARAGRAPHS);
      }
      all.addAll(inEveryField(field, texts));
    }
    return all.stream();
  }

  /**
   * @param texts the strings; those with paragraph breaks only land in paragraph fields
   * @return arguments (field name, text, briefing): each string in every field where the
   *     briefing is valid, as {@link #inEveryField()} places them
   */
  public static Stream<Arguments> inEveryField(List<String> texts) {
    List<Arguments> all = new ArrayList<>();
    for (Field field : Field.values()) {
      all.addAll(inEveryField(field, texts));
    }
    return all.stream();
  }

  private static List<Arguments> inEveryField(Field field, List<String> texts) {
    List<Arguments> all = new ArrayList<>();
    Briefing base = Samples.seedWithDetails();
    for (String text : texts) {
      Briefing briefing = field.put.apply(base, text);
      if (VALIDATOR.validate(briefing).isEmpty()) {
        all.add(Arguments.of(field.name(), text, briefing));
      }
    }
    return all;
  }
}

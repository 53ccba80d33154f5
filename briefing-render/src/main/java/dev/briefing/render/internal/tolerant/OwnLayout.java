package dev.briefing.render.internal.tolerant;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.ParseNote;
import dev.briefing.core.format.ParseResult;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.internal.parse.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Whether an input is one the library wrote: it reads strictly without a warning, and writing
 * what was read with the layout's renderer (in the labels of the input's headings) gives the
 * input back. Such input is read exactly as strict reading reads it, so tolerant reading never
 * changes a briefing the library wrote; any other input goes to the tolerant reader.
 *
 * <p>The renderers are made once per parser, and each writes straight into a comparison with the
 * input that stops it at the first character that differs, so recognising the library's own
 * output costs one strict reading and at most one rendering, with no copy of the input.
 */
public final class OwnLayout {

  private final Function<SourceText, ParseResult> strict;
  private final List<SectionLabels> labels;
  private final List<BriefingRenderer> renderers;
  private final String layout;

  /**
   * @param strict the layout's strict reader, failing at the first problem
   * @param renderers the layout's renderer for some options
   * @param labels the labels the input may be written in
   * @param layout the layout's name, for the note
   */
  public OwnLayout(Function<SourceText, ParseResult> strict, Function<RenderOptions, BriefingRenderer> renderers,
      List<SectionLabels> labels, String layout) {
    this.strict = strict;
    this.labels = List.copyOf(labels);
    List<BriefingRenderer> made = new ArrayList<>(labels.size());
    for (SectionLabels l : labels) {
      made.add(renderers.apply(RenderOptions.builder().labels(l).build()));
    }
    this.renderers = List.copyOf(made);
    this.layout = layout;
  }

  /**
   * @param source the input
   * @return the strict reading with a note saying so, or null when the library did not write the input
   */
  public ParseResult read(SourceText source) {
    ParseResult result;
    try {
      result = strict.apply(source);
    } catch (BriefingFormatException e) {
      return null;
    }
    if (!result.warnings().isEmpty()) {
      return null;
    }
    String input = source.joined();
    for (int i = 0; i < renderers.size(); i++) {
      if (input.contains(labels.get(i).signal()) && SameText.written(renderers.get(i), result.briefing(), input)) {
        return ParseResult.builder().from(result)
            .addNotes(ParseNote.of(Location.at(1, 1), "read as the library's own " + layout + " layout, exactly"))
            .build();
      }
    }
    return null;
  }
}

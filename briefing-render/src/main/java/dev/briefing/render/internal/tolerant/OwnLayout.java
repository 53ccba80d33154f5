package dev.briefing.render.internal.tolerant;

import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.ParseNote;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.Location;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.render.internal.parse.SourceText;
import java.util.List;
import java.util.function.Function;

/**
 * Whether an input is one the library wrote: it reads strictly without a warning, and writing
 * what was read with the layout's renderer (in the labels of the input's headings) gives the
 * input back. Such input is read exactly as strict reading reads it, so tolerant reading never
 * changes a briefing the library wrote; any other input goes to the tolerant reader.
 */
public final class OwnLayout {

  private final Function<SourceText, ParseResult> strict;
  private final Function<RenderOptions, BriefingRenderer> renderers;
  private final List<SectionLabels> labels;
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
    this.renderers = renderers;
    this.labels = labels;
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
    for (SectionLabels l : labels) {
      if (!input.contains(l.signal())) {
        continue;
      }
      String written = renderers.apply(RenderOptions.builder().labels(l).build()).render(result.briefing());
      if (sameText(written, input)) {
        return ParseResult.builder().from(result)
            .addNotes(ParseNote.of(Location.at(1, 1), "read as the library's own " + layout + " layout, exactly"))
            .build();
      }
    }
    return null;
  }

  /** The same text up to line breaks at the end. */
  private static boolean sameText(String written, String input) {
    int w = written.length();
    int i = input.length();
    while (w > 0 && written.charAt(w - 1) == '\n') {
      w--;
    }
    while (i > 0 && input.charAt(i - 1) == '\n') {
      i--;
    }
    return w == i && written.regionMatches(0, input, 0, w);
  }
}

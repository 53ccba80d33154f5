package dev.briefing.editorial;

import dev.briefing.editorial.internal.DiffHtml;
import dev.briefing.editorial.internal.DiffJson;
import dev.briefing.editorial.internal.DiffMarkdown;
import dev.briefing.editorial.internal.DiffText;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ways a {@link BriefingDiff} is written: plain text, Markdown, an HTML fragment, and JSON.
 *
 * <pre>{@code
 * String html = DiffFormat.HTML.render(BriefingDiff.between(previous, current));
 * DiffFormat.byName("markdown"); // Optional[MARKDOWN]
 * }</pre>
 */
public enum DiffFormat {
  /** One block per change, {@code +}, {@code -} or {@code ~} before its path. */
  TEXT(DiffText::render),
  /** A list, one item per change, every character of the briefing's text escaped. */
  MARKDOWN(DiffMarkdown::render),
  /** A {@code <section>} with a list, old values in {@code <del>}, new ones in {@code <ins>}. */
  HTML(DiffHtml::render),
  /** {@code {"equal": ..., "changes": [...]}} on one line. */
  JSON(DiffJson::render);

  private final Function<BriefingDiff, String> renderer;

  DiffFormat(Function<BriefingDiff, String> renderer) {
    this.renderer = renderer;
  }

  /**
   * @param diff the diff
   * @return the diff written in this format, ending with a line break
   */
  public String render(BriefingDiff diff) {
    return renderer.apply(diff);
  }

  /** @return the name the command line uses: {@code text}, {@code markdown}, {@code html}, {@code json} */
  public String formatName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * @param name {@code text}, {@code markdown}, {@code html} or {@code json}, in any case
   * @return the format; empty for any other name
   */
  public static Optional<DiffFormat> byName(String name) {
    for (DiffFormat format : values()) {
      if (format.formatName().equalsIgnoreCase(name)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}

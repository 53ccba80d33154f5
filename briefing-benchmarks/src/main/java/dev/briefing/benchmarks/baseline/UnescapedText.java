package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.util.List;

/**
 * The floor for the text renderer: the text layout's strings appended to a
 * {@link StringBuilder} with no escaping, no options and no {@code Appendable} indirection,
 * the Details section of the metadata included, as the renderer writes it.
 *
 * <pre>{@code
 * String text = UnescapedText.render(SeedBriefing.briefing());
 * }</pre>
 */
public final class UnescapedText {
  private UnescapedText() {}

  /**
   * @param b a briefing
   * @return its text layout
   */
  public static String render(Briefing b) {
    StringBuilder out = new StringBuilder(4096);
    if (b.title().isPresent()) {
      out.append(b.title().get()).append("\n\n");
    }
    out.append("The Signal\n");
    lines(out, b.signal());
    out.append("\nWhat Happened\n");
    lines(out, b.whatHappened());
    if (!b.impacts().isEmpty()) {
      out.append("\nWhy It Matters");
      for (Impact impact : b.impacts()) {
        out.append('\n').append(PageText.orderWord(impact.order())).append(": ");
        lines(out, impact.text());
      }
    }
    if (!b.figures().isEmpty()) {
      out.append("\nThe Numbers");
      for (Figure f : b.figures()) {
        out.append("\n- ").append(f.value()).append(": ").append(f.label());
        String note = PageText.note(f);
        if (!note.isEmpty()) {
          out.append(" (").append(note).append(')');
        }
        out.append('.');
      }
    }
    if (!b.watchItems().isEmpty()) {
      out.append("\nWhat To Watch");
      for (WatchItem item : b.watchItems()) {
        out.append("\n- ").append(item.title()).append(": ");
        lines(out, item.description());
      }
    }
    if (!b.metadata().isEmpty()) {
      details(out, b.metadata());
    }
    return out.toString();
  }

  /** The Details section: the metadata, one labelled line each. */
  private static void details(StringBuilder out, Metadata m) {
    out.append("\nDetails");
    if (m.id().isPresent()) {
      out.append("\nID: ").append(m.id().get());
    }
    if (m.published().isPresent()) {
      out.append("\nPublished: ").append(PageText.iso(m.published().get()));
    }
    if (m.language().isPresent()) {
      out.append("\nLanguage: ").append(m.language().get().toLanguageTag());
    }
    for (String author : m.authors()) {
      out.append("\nAuthor: ").append(author);
    }
    for (String tag : m.tags()) {
      out.append("\nTag: ").append(tag);
    }
    for (Source source : m.sources()) {
      out.append("\nSource: ").append(source.title()).append(" <").append(PageText.link(source)).append('>');
    }
  }

  /** Paragraphs one per line, as the text layout has them. */
  private static void lines(StringBuilder out, String text) {
    List<String> paragraphs = PageText.paragraphs(text);
    for (int i = 0; i < paragraphs.size(); i++) {
      if (i > 0) {
        out.append('\n');
      }
      out.append(paragraphs.get(i));
    }
  }
}

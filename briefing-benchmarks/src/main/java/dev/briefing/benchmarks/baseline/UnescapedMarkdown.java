package dev.briefing.benchmarks.baseline;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.util.List;

/**
 * The floor for the Markdown renderer: the Markdown layout's strings appended to a
 * {@link StringBuilder} with no escaping, Details section included. Its output is also the Markdown that the
 * commonmark-java baseline turns into HTML when our Markdown renderer is not on the class path.
 *
 * <pre>{@code
 * String markdown = UnescapedMarkdown.render(SeedBriefing.briefing());
 * }</pre>
 */
public final class UnescapedMarkdown {
  private UnescapedMarkdown() {}

  /**
   * @param b a briefing
   * @return its Markdown layout, unescaped
   */
  public static String render(Briefing b) {
    StringBuilder out = new StringBuilder(4096);
    if (b.title().isPresent()) {
      out.append("# ").append(b.title().get()).append("\n\n");
    }
    out.append("## The Signal\n\n");
    paragraphs(out, b.signal());
    out.append("## What Happened\n\n");
    paragraphs(out, b.whatHappened());
    if (!b.impacts().isEmpty()) {
      out.append("## Why It Matters\n\n");
      for (Impact impact : b.impacts()) {
        out.append("- **").append(PageText.orderWord(impact.order())).append(":** ");
        List<String> paragraphs = PageText.paragraphs(impact.text());
        out.append(paragraphs.get(0)).append('\n');
        for (int i = 1; i < paragraphs.size(); i++) {
          out.append("\n  ").append(paragraphs.get(i)).append('\n');
        }
      }
      out.append('\n');
    }
    if (!b.figures().isEmpty()) {
      out.append("## The Numbers\n\n");
      for (Figure f : b.figures()) {
        out.append("- **").append(f.value()).append("**: ").append(f.label());
        if (f.source().isPresent() && f.asOf().isPresent()) {
          out.append(" (*").append(f.source().get()).append("*, as of *").append(f.asOf().get()).append("*)");
        } else if (f.source().isPresent()) {
          out.append(" (*").append(f.source().get()).append("*)");
        } else if (f.asOf().isPresent()) {
          out.append(" (as of *").append(f.asOf().get()).append("*)");
        }
        out.append('\n');
      }
      out.append('\n');
    }
    if (!b.watchItems().isEmpty()) {
      out.append("## What To Watch\n\n");
      for (WatchItem item : b.watchItems()) {
        out.append("- **").append(item.title()).append("**: ").append(item.description()).append('\n');
      }
      out.append('\n');
    }
    if (!b.metadata().isEmpty()) {
      details(out, b.metadata());
    }
    out.setLength(out.length() - 1);
    return out.toString();
  }

  /** The Details section, as the renderer writes it: the metadata, one labelled item each. */
  private static void details(StringBuilder out, Metadata m) {
    out.append("## Details\n\n");
    if (m.id().isPresent()) {
      out.append("- **ID:** ").append(m.id().get()).append('\n');
    }
    if (m.published().isPresent()) {
      out.append("- **Published:** ").append(PageText.iso(m.published().get())).append('\n');
    }
    if (m.language().isPresent()) {
      out.append("- **Language:** ").append(m.language().get().toLanguageTag()).append('\n');
    }
    for (String author : m.authors()) {
      out.append("- **Author:** ").append(author).append('\n');
    }
    for (String tag : m.tags()) {
      out.append("- **Tag:** ").append(tag).append('\n');
    }
    for (Source source : m.sources()) {
      out.append("- **Source:** [").append(source.title()).append("](").append(PageText.link(source)).append(")\n");
    }
    out.append('\n');
  }

  private static void paragraphs(StringBuilder out, String text) {
    for (String paragraph : PageText.paragraphs(text)) {
      out.append(paragraph).append("\n\n");
    }
  }
}

package dev.briefing.render.internal.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;

/**
 * A run of a paragraph's top-level inlines: plain text, emphasis, strong emphasis or a link,
 * each with its text. The layout's structure ({@code **value**: label (*source*)}) lives at
 * this level; everything below it is user text.
 *
 * @param kind what the run is
 * @param text its plain text
 * @param node the link, for {@link Kind#LINK}; else null
 */
record Segment(Kind kind, String text, Node node) {

  /** What a run is. */
  enum Kind { PLAIN, EMPHASIS, STRONG, LINK }

  /**
   * @param paragraph a paragraph
   * @return its runs; neighbouring plain runs are one
   */
  static List<Segment> of(Node paragraph) {
    List<Segment> segments = new ArrayList<>();
    for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
      Segment segment;
      if (n instanceof StrongEmphasis) {
        segment = new Segment(Kind.STRONG, InlineText.of(n), null);
      } else if (n instanceof Emphasis) {
        segment = new Segment(Kind.EMPHASIS, InlineText.of(n), null);
      } else if (n instanceof Link) {
        segment = new Segment(Kind.LINK, InlineText.of(n), n);
      } else {
        segment = new Segment(Kind.PLAIN, InlineText.ofInline(n), null);
      }
      int last = segments.size() - 1;
      if (segment.kind() == Kind.PLAIN && last >= 0 && segments.get(last).kind() == Kind.PLAIN) {
        segments.set(last, plain(segments.get(last).text() + segment.text()));
      } else {
        segments.add(segment);
      }
    }
    return segments;
  }

  /**
   * @param text plain text
   * @return a plain run
   */
  static Segment plain(String text) {
    return new Segment(Kind.PLAIN, text, null);
  }

  /**
   * @param segments runs
   * @return their text, joined
   */
  static String join(List<Segment> segments) {
    StringBuilder out = new StringBuilder();
    for (Segment s : segments) {
      out.append(s.text());
    }
    return out.toString();
  }

  /** @return whether this is plain text */
  boolean plain() {
    return kind == Kind.PLAIN;
  }
}

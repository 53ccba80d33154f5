package dev.briefing.render.internal.text;

import dev.briefing.core.Figure;
import dev.briefing.kit.PlainText;
import dev.briefing.render.internal.parse.Bullets;
import dev.briefing.render.internal.parse.FigureText;
import java.io.IOException;
import java.util.Optional;

/**
 * A figure as a line of the text layout: {@code - value: label (source, as of).} as the seed
 * writes it, or, when reading that back would not give the same figure, the escaped form of
 * {@link FieldEscape}, which always does.
 */
public final class FigureLine {

  private FigureLine() {}

  /**
   * @param figure the figure
   * @param out where to write the line, bullet included
   * @return true when the line is the plain form of fields that needed no cleaning and hold no
   *     character the repair looks at; false when it may hold one
   * @throws IOException when {@code out} fails
   */
  public static boolean write(Figure figure, Appendable out) throws IOException {
    if (PlainFigure.readsBack(figure)) {
      // Nothing in the fields needs cleaning, so they go out as they are.
      out.append("- ").append(figure.value()).append(": ").append(figure.label());
      Optional<String> source = figure.source();
      Optional<String> asOf = figure.asOf();
      if (source.isPresent() || asOf.isPresent()) {
        out.append(" (");
        if (source.isPresent()) {
          out.append(source.get());
        }
        if (source.isPresent() && asOf.isPresent()) {
          out.append(", ");
        }
        if (asOf.isPresent()) {
          out.append(asOf.get());
        }
        out.append(')');
      }
      out.append('.');
      return true;
    }
    writeChecked(figure, out);
    return false;
  }

  /**
   * The exact way: writes the plain line, reads it back as the parser would, and takes the
   * escaped form when that does not give the same figure.
   */
  static void writeChecked(Figure figure, Appendable out) throws IOException {
    StringBuilder plain = new StringBuilder(64);
    plain.append("- ");
    PlainText.append(plain, figure.value());
    plain.append(": ");
    PlainText.append(plain, figure.label());
    Optional<String> source = figure.source();
    Optional<String> asOf = figure.asOf();
    if (source.isPresent() || asOf.isPresent()) {
      plain.append(" (");
      if (source.isPresent()) {
        PlainText.append(plain, source.get());
      }
      if (source.isPresent() && asOf.isPresent()) {
        plain.append(", ");
      }
      if (asOf.isPresent()) {
        PlainText.append(plain, asOf.get());
      }
      plain.append(')');
    }
    plain.append('.');
    if (figure.equals(readLine(plain.toString()))) {
      out.append(plain);
    } else {
      out.append(escaped(figure));
    }
  }

  private static Figure readLine(String line) {
    String stripped = line.strip();
    int bullet = Bullets.contentStart(stripped);
    return bullet < 0 ? null : read(stripped.substring(bullet));
  }

  private static StringBuilder escaped(Figure figure) {
    StringBuilder line = new StringBuilder(80);
    line.append("- ").append(TextEscape.MARK);
    FieldEscape.append(line, PlainText.clean(figure.value()));
    line.append(": ");
    FieldEscape.append(line, PlainText.clean(figure.label()));
    if (figure.source().isPresent() || figure.asOf().isPresent()) {
      line.append(" (");
      FieldEscape.append(line, PlainText.clean(figure.source().orElse("")));
      line.append(", ");
      FieldEscape.append(line, PlainText.clean(figure.asOf().orElse("")));
      line.append(')');
    }
    return line.append('.');
  }

  /**
   * @param body the line after its bullet, stripped
   * @return the figure, or null when the body is not one
   */
  public static Figure read(String body) {
    if (body.isEmpty() || body.charAt(0) != TextEscape.MARK) {
      return FigureText.parse(body);
    }
    FieldEscape.Reader fields = new FieldEscape.Reader(body.substring(1));
    String value = fields.field(':');
    if (!fields.stopped() || !fields.skip(" ")) {
      return null;
    }
    String label = fields.field('(');
    String source = "";
    String asOf = "";
    if (fields.stopped()) {
      if (!label.endsWith(" ")) {
        return null;
      }
      label = label.substring(0, label.length() - 1);
      source = fields.field(',');
      if (!fields.stopped() || !fields.skip(" ")) {
        return null;
      }
      asOf = fields.field(')');
      if (!fields.stopped() || !fields.skip(".") || !fields.atEnd()) {
        return null;
      }
    } else if (label.endsWith(".")) {
      label = label.substring(0, label.length() - 1);
    } else {
      return null;
    }
    if (value.isBlank() || label.isBlank()) {
      return null;
    }
    Figure.Builder figure = Figure.builder().value(value).label(label);
    if (!source.isEmpty()) {
      figure.source(source);
    }
    if (!asOf.isEmpty()) {
      figure.asOf(asOf);
    }
    return figure.build();
  }
}

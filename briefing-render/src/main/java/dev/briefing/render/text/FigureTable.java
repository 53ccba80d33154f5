package dev.briefing.render.text;

import dev.briefing.core.Figure;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.PlainText;
import java.io.IOException;
import java.util.List;

/**
 * The Numbers as a text table: a header row and one row per figure, columns separated by
 * {@code " | "} and padded to the widest cell. Widths count code points, so the columns line up
 * in a monospaced font for most scripts (wide East Asian characters and emoji excepted).
 */
final class FigureTable {
  private static final int COLUMNS = 4;

  private final String[][] cells;
  private final int[] widths = new int[COLUMNS];

  FigureTable(SectionLabels labels, List<Figure> figures) {
    cells = new String[figures.size() + 1][];
    cells[0] = row(labels.valueHeading(), labels.measureHeading(), labels.source(), labels.asOfHeading());
    for (int i = 0; i < figures.size(); i++) {
      Figure figure = figures.get(i);
      cells[i + 1] = row(figure.value(), figure.label(), figure.source().orElse(""), figure.asOf().orElse(""));
    }
    for (String[] row : cells) {
      for (int c = 0; c < COLUMNS; c++) {
        widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
      }
    }
  }

  private static String[] row(String... texts) {
    String[] row = new String[texts.length];
    for (int i = 0; i < texts.length; i++) {
      row[i] = PlainText.clean(texts[i]);
    }
    return row;
  }

  void write(TextOutput lines) throws IOException {
    for (String[] row : cells) {
      Appendable line = lines.start();
      // The last column is not padded, so no line ends in spaces.
      int last = COLUMNS - 1;
      while (last > 0 && row[last].isEmpty()) {
        last--;
      }
      for (int c = 0; c <= last; c++) {
        if (c > 0) {
          line.append(" | ");
        }
        line.append(row[c]);
        if (c < last) {
          pad(line, widths[c] - row[c].codePointCount(0, row[c].length()));
        }
      }
    }
  }

  private static void pad(Appendable line, int spaces) throws IOException {
    for (int i = 0; i < spaces; i++) {
      line.append(' ');
    }
  }

}

package dev.briefing.render.internal.tolerant;

import dev.briefing.core.Figure;
import dev.briefing.kit.SectionLabels;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The columns of a table of figures, found by their header names in any order: the value
 * (value, figure, number, amount), the label (label, what, metric, description, measure,
 * indicator), the source and the date (date, as of), in English, German, French and Spanish,
 * and the table headings of every built-in label language.
 */
public final class FigureColumns {

  private static final Set<String> VALUE = Set.of("value", "figure", "number", "amount", "wert", "zahl", "valeur",
      "chiffre", "valor", "cifra");
  private static final Set<String> LABEL = Set.of("label", "what", "metric", "description", "measure", "indicator",
      "kennzahl", "beschreibung", "indicateur", "indicador", "descripción");
  private static final Set<String> SOURCE = Set.of("source", "sources", "quelle", "fuente");
  private static final Set<String> DATE = Set.of("date", "as of", "as-of", "stand", "datum", "fecha");

  private final int value;
  private final int label;
  private final int source;
  private final int date;

  private FigureColumns(int value, int label, int source, int date) {
    this.value = value;
    this.label = label;
    this.source = source;
    this.date = date;
  }

  /**
   * @param header the header row's cells, with marks
   * @return the columns, or null when there is no value or no label column
   */
  public static FigureColumns of(List<String> header) {
    int value = -1;
    int label = -1;
    int source = -1;
    int date = -1;
    for (int i = 0; i < header.size(); i++) {
      String name = Inline.plain(header.get(i)).toLowerCase(Locale.ROOT);
      if (value < 0 && (VALUE.contains(name) || builtIn(name, 0))) {
        value = i;
      } else if (label < 0 && (LABEL.contains(name) || builtIn(name, 1))) {
        label = i;
      } else if (source < 0 && (SOURCE.contains(name) || builtIn(name, 2))) {
        source = i;
      } else if (date < 0 && (DATE.contains(name) || builtIn(name, 3))) {
        date = i;
      }
    }
    return value < 0 || label < 0 ? null : new FigureColumns(value, label, source, date);
  }

  private static boolean builtIn(String name, int column) {
    for (SectionLabels labels : SectionLabels.builtIn()) {
      String heading = column == 0 ? labels.valueHeading() : column == 1 ? labels.measureHeading()
          : column == 2 ? labels.source() : labels.asOfHeading();
      if (heading.toLowerCase(Locale.ROOT).equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param row a row's cells, with marks
   * @return its figure, or null when its value or label is empty
   */
  public Figure figure(List<String> row) {
    String v = cell(row, value);
    String l = cell(row, label);
    if (v.isEmpty() || l.isEmpty()) {
      return null;
    }
    Figure.Builder figure = Figure.builder().value(v).label(l);
    String s = cell(row, source);
    String d = cell(row, date);
    if (!s.isEmpty()) {
      figure.source(s);
    }
    if (!d.isEmpty()) {
      figure.asOf(d);
    }
    return figure.build();
  }

  private static String cell(List<String> row, int column) {
    return column < 0 || column >= row.size() ? "" : Inline.plain(row.get(column));
  }

  /** @return which column holds what, for the report */
  public String describe() {
    return "value in column " + (value + 1) + ", label in column " + (label + 1)
        + (source >= 0 ? ", source in column " + (source + 1) : "")
        + (date >= 0 ? ", date in column " + (date + 1) : "");
  }
}

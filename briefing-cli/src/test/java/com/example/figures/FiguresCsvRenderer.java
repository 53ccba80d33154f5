package com.example.figures;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.PlainText;
import dev.briefing.kit.QuantityFormat;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionWalk;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV row per figure: the briefing (its id, else its title), value, measure, source, as of,
 * and the parsed quantity for readers. The walk has a writer for The Numbers only, so the
 * options' sections decide whether figures are written at all; the header, in the labels'
 * language, is the prologue, written once before all briefings.
 */
final class FiguresCsvRenderer implements BriefingRenderer {

  /** Commons CSV does the quoting; the record separator is CRLF, as RFC 4180 has it. */
  private static final CSVFormat CSV = CSVFormat.RFC4180;

  private final RenderOptions options;
  private final QuantityFormat quantities;
  private final String header;
  private final SectionWalk<CSVPrinter> walk;

  FiguresCsvRenderer(RenderOptions options) {
    this.options = options;
    this.quantities = QuantityFormat.compact(options.language());
    SectionLabels labels = options.labels();
    this.header = row("briefing", labels.valueHeading(), labels.measureHeading(), labels.source(),
        labels.asOfHeading(), "quantity");
    this.walk = SectionWalk.<CSVPrinter>empty().with(Section.THE_NUMBERS, (briefing, csv) -> {
      String name = briefing.metadata().id().or(briefing::title).orElse("");
      for (Figure figure : briefing.figures()) {
        csv.printRecord(PlainText.clean(name), PlainText.clean(figure.value()), PlainText.clean(figure.label()),
            PlainText.clean(figure.source().orElse("")), PlainText.clean(figure.asOf().orElse("")),
            figure.quantity().map(quantities::format).orElse(""));
      }
    });
  }

  /** @return the header line, without its line break */
  String header() {
    return header;
  }

  @Override
  public void renderPrologue(Appendable out) throws IOException {
    out.append(header).append(CSV.getRecordSeparator());
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    // Not closed: closing the printer would close the caller's output.
    walk.write(briefing, options.sections(), new CSVPrinter(out, CSV));
  }

  private static String row(String... cells) {
    StringWriter out = new StringWriter();
    try {
      CSV.printRecord(out, (Object[]) cells);
    } catch (IOException e) {
      throw new UncheckedIOException("StringWriter does not throw", e);
    }
    String line = out.toString();
    return line.substring(0, line.length() - CSV.getRecordSeparator().length());
  }
}

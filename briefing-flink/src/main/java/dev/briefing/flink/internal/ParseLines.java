package dev.briefing.flink.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Location;
import dev.briefing.flink.DeadLetter;
import dev.briefing.json.BriefingJson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;

/**
 * Reads and validates each line; a briefing goes on, anything else becomes a {@link
 * DeadLetter} on the side output, counted in the metrics {@code briefing.briefings} and
 * {@code briefing.deadLetters}. Blank lines never come: the line reader passes over them, as the
 * NDJSON reader does.
 */
public final class ParseLines extends ProcessFunction<NdjsonLine, Briefing> {
  private static final long serialVersionUID = 1L;

  /** Where the dead letters go. */
  public static final OutputTag<DeadLetter> DEAD_LETTERS =
      new OutputTag<>("dead-letters", TypeInformation.of(DeadLetter.class));

  private transient BriefingJson codec;
  private transient Counter briefings;
  private transient Counter deadLetters;

  /** @return the longest line, in characters, the codec reads; {@link FileLines} stops there too */
  public static int maxLineLength() {
    return (int) Math.min(BriefingJson.create().limits().maxDocumentLength(), Integer.MAX_VALUE - 8);
  }

  @Override
  public void open(OpenContext context) {
    codec = BriefingJson.create();
    briefings = getRuntimeContext().getMetricGroup().addGroup("briefing").counter("briefings");
    deadLetters = getRuntimeContext().getMetricGroup().addGroup("briefing").counter("deadLetters");
  }

  @Override
  public void processElement(NdjsonLine line, Context context, Collector<Briefing> out) {
    if (line.refused() != null) {
      dead(context, line, where(line) + ": " + line.refused());
      return;
    }
    Briefing briefing;
    try {
      briefing = codec.read(new ByteArrayInputStream(line.bytes()));
    } catch (BriefingFormatException e) {
      dead(context, line, e.location().withLine(toInt(line.line())).describe() + ": " + e.problem());
      return;
    } catch (BriefingValidationException e) {
      dead(context, line, where(line) + ": " + e.getMessage());
      return;
    }
    briefings.inc();
    out.collect(briefing);
  }

  private void dead(Context context, NdjsonLine line, String error) {
    deadLetters.inc();
    String text = line.bytes() == null ? "" : new String(line.bytes(), StandardCharsets.UTF_8);
    context.output(DEAD_LETTERS, new DeadLetter(line.file(), line.line(), error, text));
  }

  private static String where(NdjsonLine line) {
    return Location.builder().line(toInt(line.line())).build().describe();
  }

  private static int toInt(long line) {
    return line > Integer.MAX_VALUE ? Integer.MAX_VALUE : (int) line;
  }
}

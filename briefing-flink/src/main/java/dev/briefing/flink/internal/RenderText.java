package dev.briefing.flink.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;

/**
 * Renders each briefing in a registered format. The renderer is looked up by name on the task
 * manager: renderers need not be Serializable, and the formats there are the job jar's.
 */
public final class RenderText extends RichMapFunction<Briefing, String> {
  private static final long serialVersionUID = 1L;

  private final String format;
  private transient BriefingRenderer renderer;

  /** @param format the format's name */
  public RenderText(String format) {
    this.format = format;
  }

  @Override
  public void open(OpenContext context) {
    renderer = FormatRegistry.loadDefault().renderer(format);
  }

  @Override
  public String map(Briefing briefing) {
    return renderer.render(briefing);
  }
}

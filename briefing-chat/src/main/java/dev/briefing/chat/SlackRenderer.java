package dev.briefing.chat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefing.chat.internal.slack.PayloadWriter;
import dev.briefing.chat.internal.slack.SlackLayout;
import dev.briefing.chat.internal.slack.SlackMessages;
import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.RendererBuilder;
import dev.briefing.kit.SectionWalk;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a briefing as Slack Block Kit message payloads, for {@code chat.postMessage} or an
 * incoming webhook. Immutable and thread-safe.
 *
 * <p>A message holds a {@code header} with the title, a {@code section} of {@code mrkdwn} text
 * per part with a {@code divider} between parts, the figures as section {@code fields}, and
 * the details and sources as {@code context} elements; its top-level {@code text}, which
 * notifications show, is the title or the signal. Every Block Kit limit holds: a header of at
 * most 150 characters (a longer title is shortened there and follows in full), section text of
 * at most 3,000, at most 10 fields of at most 2,000, at most 10 context elements, at most 50
 * blocks. Text over a limit is cut at a paragraph, then a sentence, then a word boundary, and
 * what does not fit one message goes on in the next: one briefing is one or more messages, and
 * nothing of it is lost. {@link #render(Briefing)} writes them as a JSON array;
 * {@link #messages(Briefing)} gives each payload to post.
 *
 * <p>Of the {@link RenderOptions} the labels (their language also sets where sentences end
 * when text is cut) and the sections apply. Each section (the title and the details too) is
 * written by a {@link dev.briefing.kit.SectionWriter} of {@link SlackOutput}; {@link #builder()}
 * replaces one of them without forking the renderer.
 *
 * <p>User text never becomes markup: {@code & < >} are written as entities, the formatting
 * characters {@code * _ ~ `} as characters Slack shows unformatted, and every text object is
 * {@code verbatim}, so no mention, link or formatting comes from the briefing's text. Links
 * come only from its sources, where the kit's {@code SafeLinks} allows them.
 *
 * <pre>{@code
 * SlackRenderer slack = SlackRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
 * for (String payload : slack.messages(briefing)) {
 *   webhook.post(payload); // application/json
 * }
 * }</pre>
 */
public final class SlackRenderer implements BriefingRenderer {

  private static final JsonFactory JSON = new JsonFactory();
  private static final SlackRenderer STANDARD = of(RenderOptions.standard());

  private final RenderOptions options;
  private final SectionWalk<SlackOutput> walk;

  private SlackRenderer(RenderOptions options, SectionWalk<SlackOutput> replacements) {
    this.options = options;
    this.walk = SlackLayout.writers(options).overriddenBy(replacements);
  }

  /** @return the renderer with {@link RenderOptions#standard()}: English labels, every section */
  public static SlackRenderer standard() {
    return STANDARD;
  }

  /**
   * @param options the options; the labels and the sections apply
   * @return a renderer with those options
   */
  public static SlackRenderer of(RenderOptions options) {
    return new SlackRenderer(Objects.requireNonNull(options, "options"), SectionWalk.empty());
  }

  /** @return a builder of options and section writers, starting from the standard options */
  public static RendererBuilder<SlackOutput, SlackRenderer> builder() {
    return RendererBuilder.of(SlackRenderer::new);
  }

  /**
   * @param briefing the briefing
   * @return its message payloads as JSON objects, in the order to post them; usually one
   */
  public List<String> messages(Briefing briefing) {
    List<String> payloads = new ArrayList<>();
    for (SlackMessages.Message message : split(briefing)) {
      StringWriter out = new StringWriter(4096);
      try (JsonGenerator json = JSON.createGenerator(out)) {
        PayloadWriter.write(message, json);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      payloads.add(out.toString());
    }
    return List.copyOf(payloads);
  }

  /** Writes the briefing's message payloads as one JSON array. */
  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    StringWriter buffer = new StringWriter(4096);
    try (JsonGenerator json = JSON.createGenerator(buffer)) {
      json.writeStartArray();
      for (SlackMessages.Message message : split(briefing)) {
        PayloadWriter.write(message, json);
      }
      json.writeEndArray();
    } catch (IOException e) {
      throw new BriefingIOException("Could not write the Slack messages", e);
    }
    out.append(buffer.getBuffer());
  }

  private List<SlackMessages.Message> split(Briefing briefing) {
    SlackOutput out = new SlackOutput(options);
    try {
      walk.write(briefing, options.sections(), out);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // blocks in memory cannot fail
    }
    return SlackMessages.of(out.blocks(), briefing.title().orElse(briefing.signal()));
  }

  /** @return the options */
  public RenderOptions options() {
    return options;
  }

  @Override
  public String toString() {
    return "SlackRenderer[" + options + "]";
  }
}

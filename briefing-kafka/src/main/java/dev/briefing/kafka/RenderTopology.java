package dev.briefing.kafka;

import dev.briefing.core.BriefingValidator;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.json.BriefingJson;
import dev.briefing.kafka.internal.Checked;
import dev.briefing.kafka.internal.InvalidToDeadLetter;
import java.util.Objects;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * A ready topology: briefings in JSON from one topic are validated and rendered into another
 * topic; briefings that break a rule go to a dead-letter topic as JSON, with every violation in
 * the {@link DeadLetterHeaders#ERROR} header. Keys pass through as bytes; a tombstone stays a
 * tombstone. Records that are not briefings at all never reach the topology: configure {@link
 * DeadLetterHandler} with the same dead-letter topic for them. Immutable; each step returns a
 * new instance.
 *
 * <pre>{@code
 * Topology topology = RenderTopology.from("briefings")
 *     .to("briefings-html", "html")            // any format registered with FormatRegistry
 *     .deadLetter("briefings-dead")
 *     .build();
 * props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
 * props.put(DeadLetterHandler.TOPIC_CONFIG, "briefings-dead");
 * new KafkaStreams(topology, props).start();
 * }</pre>
 */
public final class RenderTopology {

  private final String input;
  private final String output;
  private final BriefingRenderer renderer;
  private final String deadLetter;
  private final BriefingValidator validator;

  private RenderTopology(String input, String output, BriefingRenderer renderer, String deadLetter,
      BriefingValidator validator) {
    this.input = input;
    this.output = output;
    this.renderer = renderer;
    this.deadLetter = deadLetter;
    this.validator = validator;
  }

  /**
   * @param inputTopic where briefings arrive as JSON
   * @return a topology reading that topic, still without an output
   */
  public static RenderTopology from(String inputTopic) {
    return new RenderTopology(Objects.requireNonNull(inputTopic, "inputTopic"), null, null, null,
        BriefingValidator.standard());
  }

  /**
   * @param outputTopic where the rendered briefings go, as UTF-8 text
   * @param format a format name from {@link FormatRegistry#loadDefault()}, such as {@code html}
   * @return this topology rendering to that topic
   * @throws dev.briefing.core.UnknownFormatException when no registered format can write that name
   */
  public RenderTopology to(String outputTopic, String format) {
    return to(outputTopic, FormatRegistry.loadDefault().renderer(format));
  }

  /**
   * @param outputTopic where the rendered briefings go, as UTF-8 text
   * @param renderer how to render them
   * @return this topology rendering to that topic
   */
  public RenderTopology to(String outputTopic, BriefingRenderer renderer) {
    return new RenderTopology(input, Objects.requireNonNull(outputTopic, "outputTopic"),
        Objects.requireNonNull(renderer, "renderer"), deadLetter, validator);
  }

  /**
   * @param deadLetterTopic where invalid briefings go
   * @return this topology with that dead-letter topic
   */
  public RenderTopology deadLetter(String deadLetterTopic) {
    return new RenderTopology(input, output, renderer,
        Objects.requireNonNull(deadLetterTopic, "deadLetterTopic"), validator);
  }

  /**
   * @param validator the rules a briefing must keep to be rendered
   * @return this topology validating with them
   */
  public RenderTopology validatingWith(BriefingValidator validator) {
    return new RenderTopology(input, output, renderer, deadLetter, Objects.requireNonNull(validator, "validator"));
  }

  /**
   * @return the topology
   * @throws IllegalStateException when the output or the dead-letter topic is missing
   */
  public Topology build() {
    if (output == null || deadLetter == null) {
      throw new IllegalStateException("RenderTopology from '" + input + "' needs "
          + (output == null ? "an output topic: call to(topic, format)" : "a dead-letter topic: call deadLetter(topic)"));
    }
    // Validation is the topology's, so that an invalid briefing is routed with its violations
    // rather than failing in the deserializer.
    BriefingJson codec = BriefingJson.create().withoutValidation();
    BriefingRenderer render = renderer;
    BriefingValidator rules = validator;
    StreamsBuilder builder = new StreamsBuilder();
    builder.stream(input, Consumed.with(Serdes.ByteArray(), BriefingSerde.using(codec)))
        .mapValues(briefing -> briefing == null ? null : Checked.of(rules, briefing), Named.as("validate"))
        .split(Named.as("briefing-"))
        .branch((key, checked) -> checked == null || checked.valid(), Branched.withConsumer(valid -> valid
            .mapValues(checked -> checked == null ? null : render.render(checked.briefing()), Named.as("render"))
            .to(output, Produced.with(Serdes.ByteArray(), Serdes.String())), "valid"))
        .defaultBranch(Branched.withConsumer(invalid -> invalid
            .processValues(() -> new InvalidToDeadLetter(codec), Named.as("dead-letter"))
            .to(deadLetter, Produced.with(Serdes.ByteArray(), Serdes.ByteArray())), "invalid"));
    return builder.build();
  }

  @Override
  public String toString() {
    return "RenderTopology[" + input + " -> " + output + ", invalid -> " + deadLetter + "]";
  }
}

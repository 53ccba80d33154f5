package dev.briefing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.json.BriefingJson;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RenderTopologyTest {

  private static final String IN = "briefings";
  private static final String OUT = "briefings-html";
  private static final String DEAD = "briefings-dead";

  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> input;
  private TestOutputTopic<byte[], String> output;
  private TestOutputTopic<byte[], byte[]> dead;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "render-topology-test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    props.put(StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG, DeadLetterHandler.class);
    props.put(DeadLetterHandler.TOPIC_CONFIG, DEAD);
    driver = new TopologyTestDriver(RenderTopology.from(IN).to(OUT, "html").deadLetter(DEAD).build(), props);
    input = driver.createInputTopic(IN, new ByteArraySerializer(), new ByteArraySerializer());
    output = driver.createOutputTopic(OUT, new ByteArrayDeserializer(), new StringDeserializer());
    dead = driver.createOutputTopic(DEAD, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  @Test
  void goodBriefingsAreRenderedInOrderWithTheirKeys() {
    List<Briefing> briefings = BriefingGenerator.validBriefings(20, 7).toList();
    for (int i = 0; i < briefings.size(); i++) {
      input.pipeInput(key(i), json(briefings.get(i)));
    }

    List<TestRecord<byte[], String>> rendered = output.readRecordsToList();
    assertThat(rendered).hasSize(briefings.size());
    for (int i = 0; i < briefings.size(); i++) {
      assertThat(rendered.get(i).key()).isEqualTo(key(i));
      assertThat(rendered.get(i).value()).isEqualTo(FormatRegistry.loadDefault().renderer("html").render(briefings.get(i)));
    }
    assertThat(dead.isEmpty()).isTrue();
  }

  @Test
  void anInvalidBriefingGoesToTheDeadLetterTopicWithItsViolations() {
    byte[] value = BriefingJson.create().withoutValidation().write(Briefings.invalid()).getBytes(StandardCharsets.UTF_8);
    input.pipeInput(key(1), value);

    TestRecord<byte[], byte[]> letter = dead.readRecord();
    assertThat(letter.key()).isEqualTo(key(1));
    assertThat(BriefingJson.create().withoutValidation().read(new String(letter.value(), StandardCharsets.UTF_8)))
        .isEqualTo(Briefings.invalid());
    assertThat(header(letter.headers(), DeadLetterHeaders.ERROR)).contains("signal").contains("5000");
    assertThat(header(letter.headers(), DeadLetterHeaders.ERROR_TYPE)).isEqualTo(BriefingValidationException.class.getName());
    assertThat(header(letter.headers(), DeadLetterHeaders.SOURCE_TOPIC)).isEqualTo(IN);
    assertThat(header(letter.headers(), DeadLetterHeaders.SOURCE_PARTITION)).isEqualTo("0");
    assertThat(header(letter.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("0");
    assertThat(output.isEmpty()).isTrue();
  }

  @Test
  void aMalformedRecordGoesToTheDeadLetterTopicAsItArrivedAndTheStreamGoesOn() {
    byte[] garbage = "{\"signal\": \"unterminated".getBytes(StandardCharsets.UTF_8);
    Headers original = new RecordHeaders().add("trace", "abc".getBytes(StandardCharsets.UTF_8));
    Briefing good = BriefingGenerator.validBriefings(1, 3).findFirst().orElseThrow();

    input.pipeInput(new TestRecord<>(key(1), json(good)));
    input.pipeInput(new TestRecord<>(key(2), garbage, original));
    input.pipeInput(new TestRecord<>(key(3), json(good)));

    TestRecord<byte[], byte[]> letter = dead.readRecord();
    assertThat(letter.key()).isEqualTo(key(2));
    assertThat(letter.value()).isEqualTo(garbage);
    assertThat(header(letter.headers(), "trace")).isEqualTo("abc");
    assertThat(header(letter.headers(), DeadLetterHeaders.ERROR))
        .startsWith("Not a briefing on topic 'briefings': line 1, column ");
    assertThat(header(letter.headers(), DeadLetterHeaders.ERROR_TYPE)).isEqualTo(BriefingFormatException.class.getName());
    assertThat(header(letter.headers(), DeadLetterHeaders.SOURCE_OFFSET)).isEqualTo("1");
    assertThat(dead.isEmpty()).isTrue();
    assertThat(output.readRecordsToList()).extracting(TestRecord::key).containsExactly(key(1), key(3));
  }

  @Test
  void aTombstoneStaysATombstone() {
    input.pipeInput(key(9), (byte[]) null);

    TestRecord<byte[], String> record = output.readRecord();
    assertThat(record.key()).isEqualTo(key(9));
    assertThat(record.value()).isNull();
  }

  @Test
  void aTopologyWithoutADeadLetterTopicSaysWhatIsMissing() {
    assertThatThrownBy(() -> RenderTopology.from(IN).to(OUT, "html").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("deadLetter(topic)");
  }

  private static byte[] key(int i) {
    return ("k" + i).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] json(Briefing briefing) {
    return BriefingJson.create().write(briefing).getBytes(StandardCharsets.UTF_8);
  }

  private static String header(Headers headers, String name) {
    return headers.lastHeader(name) == null ? null : new String(headers.lastHeader(name).value(), StandardCharsets.UTF_8);
  }
}

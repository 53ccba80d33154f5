package dev.briefing.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.apache.kafka.common.config.ConfigException;
import org.junit.jupiter.api.Test;

class DeadLetterHandlerTest {

  @Test
  void withoutItsTopicTheHandlerNamesThePropertyToSet() {
    assertThatThrownBy(() -> new DeadLetterHandler().configure(Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining(DeadLetterHandler.TOPIC_CONFIG);
  }

  @Test
  void takesItsTopicFromTheConfiguration() {
    DeadLetterHandler handler = new DeadLetterHandler();
    handler.configure(Map.of(DeadLetterHandler.TOPIC_CONFIG, "dead"));

    assertThat(handler.topic()).isEqualTo("dead");
  }
}

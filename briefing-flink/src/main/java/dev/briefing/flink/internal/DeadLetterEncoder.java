package dev.briefing.flink.internal;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.briefing.flink.DeadLetter;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.flink.api.common.serialization.Encoder;

/** Writes each dead letter as one line of NDJSON, the record kept whole as a JSON string. */
public final class DeadLetterEncoder implements Encoder<DeadLetter> {
  private static final long serialVersionUID = 1L;
  private static final JsonFactory JSON = JsonFactory.builder().build();

  @Override
  public void encode(DeadLetter letter, OutputStream out) throws IOException {
    try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET)) {
      json.writeStartObject();
      json.writeStringField("file", letter.file());
      json.writeNumberField("line", letter.line());
      json.writeStringField("error", letter.error());
      json.writeStringField("record", letter.record());
      json.writeEndObject();
    }
    out.write('\n');
  }
}

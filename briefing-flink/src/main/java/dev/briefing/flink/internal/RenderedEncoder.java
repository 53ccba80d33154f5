package dev.briefing.flink.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.apache.flink.api.common.serialization.Encoder;

/**
 * Writes rendered text as it is, in UTF-8. Flink's string encoder adds a line feed, which the
 * ndjson renderer has written already.
 */
public final class RenderedEncoder implements Encoder<String> {
  private static final long serialVersionUID = 1L;

  @Override
  public void encode(String text, OutputStream out) throws IOException {
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }
}

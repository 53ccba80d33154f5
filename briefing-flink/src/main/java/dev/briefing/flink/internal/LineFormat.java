package dev.briefing.flink.internal;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.reader.SimpleStreamFormat;
import org.apache.flink.core.fs.FSDataInputStream;

/**
 * Reads a file as numbered lines. Not splittable: a line's number needs every line before it.
 * On restore Flink rereads the file and skips what was emitted, so the numbers stay right.
 */
final class LineFormat extends SimpleStreamFormat<NdjsonLine> {
  private static final long serialVersionUID = 1L;

  private final int maxLength;

  LineFormat(int maxLength) {
    this.maxLength = maxLength;
  }

  @Override
  public LineReader createReader(Configuration config, FSDataInputStream stream) throws IOException {
    return new LineReader(stream, maxLength);
  }

  @Override
  public TypeInformation<NdjsonLine> getProducedType() {
    return TypeInformation.of(NdjsonLine.class);
  }
}

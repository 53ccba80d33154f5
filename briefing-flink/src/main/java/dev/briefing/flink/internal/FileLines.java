package dev.briefing.flink.internal;

import java.io.IOException;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.impl.StreamFormatAdapter;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.RecordAndPosition;

/**
 * The numbered lines of each file, each with its file's path: a stream format only sees bytes,
 * so this wraps Flink's adapter of it and adds the path it learns from the split.
 */
public final class FileLines implements BulkFormat<NdjsonLine, FileSourceSplit> {
  private static final long serialVersionUID = 1L;

  private final StreamFormatAdapter<NdjsonLine> lines;

  /** @param maxLength the longest line, in characters, that is read; longer ones come without bytes */
  public FileLines(int maxLength) {
    this.lines = new StreamFormatAdapter<>(new LineFormat(maxLength));
  }

  @Override
  public Reader<NdjsonLine> createReader(Configuration config, FileSourceSplit split) throws IOException {
    return new Named(lines.createReader(config, split), split.path().toString());
  }

  @Override
  public Reader<NdjsonLine> restoreReader(Configuration config, FileSourceSplit split) throws IOException {
    return new Named(lines.restoreReader(config, split), split.path().toString());
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<NdjsonLine> getProducedType() {
    return TypeInformation.of(NdjsonLine.class);
  }

  private static final class Named implements Reader<NdjsonLine> {
    private final Reader<NdjsonLine> lines;
    private final String file;

    Named(Reader<NdjsonLine> lines, String file) {
      this.lines = lines;
      this.file = file;
    }

    @Override
    public RecordIterator<NdjsonLine> readBatch() throws IOException {
      RecordIterator<NdjsonLine> batch = lines.readBatch();
      if (batch == null) {
        return null;
      }
      return new RecordIterator<>() {
        @Override
        public RecordAndPosition<NdjsonLine> next() {
          RecordAndPosition<NdjsonLine> next = batch.next();
          return next == null ? null
              : new RecordAndPosition<>(next.getRecord().inFile(file), next.getOffset(), next.getRecordSkipCount());
        }

        @Override
        public void releaseBatch() {
          batch.releaseBatch();
        }
      };
    }

    @Override
    public void close() throws IOException {
      lines.close();
    }
  }
}

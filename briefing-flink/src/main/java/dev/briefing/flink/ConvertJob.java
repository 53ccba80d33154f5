package dev.briefing.flink;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.flink.internal.DeadLetterEncoder;
import dev.briefing.flink.internal.FileLines;
import dev.briefing.flink.internal.InputFiles;
import dev.briefing.flink.internal.NdjsonLine;
import dev.briefing.flink.internal.ParseLines;
import dev.briefing.flink.internal.RenderText;
import dev.briefing.flink.internal.RenderedEncoder;
import java.io.IOException;
import java.util.Objects;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.util.ParameterTool;

/**
 * The batch job: NDJSON files in, every briefing validated and converted to a registered
 * format, written with Flink's file sink; every line that is not a valid briefing written as a
 * {@link DeadLetter} to its own directory, counted in the metrics {@code briefing.briefings}
 * and {@code briefing.deadLetters}. One bad line never fails the job.
 *
 * <p>Files are read whole, one per reader, and their lines spread over every slot before they
 * are parsed, so a single large file uses the whole parallelism too. The output is part files
 * ({@code part-*.ndjson}, {@code part-*.html}, …) in no particular order of briefings; a
 * single-document format such as {@code html} gets its documents one after another, as the
 * {@code briefing} command writes them.
 *
 * <pre>{@code
 * flink run -p 8 briefing-flink-job.jar --input s3://news/2026/*.ndjson \
 *     --output s3://news-html/2026 --format html --dead-letters s3://news-dead/2026
 *
 * // or in code, on any environment:
 * ConvertJob.from("/data/in").to("/data/out", "markdown").deadLetters("/data/dead").addTo(env);
 * env.execute("briefings");
 * }</pre>
 */
public final class ConvertJob {

  private final String input;
  private final String output;
  private final String format;
  private final String deadLetters;

  private ConvertJob(String input, String output, String format, String deadLetters) {
    this.input = input;
    this.output = output;
    this.format = format;
    this.deadLetters = deadLetters;
  }

  /**
   * @param input a directory (read recursively, without files whose names start with {@code .}
   *     or {@code _}), a file, or files matched by a glob in the last path segment such as
   *     {@code /data/in/*.ndjson}; any Flink file system
   * @return a job reading there; give it an output with {@link #to(String, String)}
   */
  public static ConvertJob from(String input) {
    Objects.requireNonNull(input, "input");
    return new ConvertJob(input, null, "ndjson", null);
  }

  /**
   * @param output the directory for the converted briefings
   * @param format the name of a registered format that can be written
   * @return this job writing there in that format
   * @throws dev.briefing.core.UnknownFormatException when no format of that name can be written
   */
  public ConvertJob to(String output, String format) {
    FormatRegistry.loadDefault().renderer(format);
    return new ConvertJob(input, Objects.requireNonNull(output, "output"), format, deadLetters);
  }

  /**
   * @param directory where dead letters go; by default the output directory's name with
   *     {@code -dead-letters} after it
   * @return this job writing its dead letters there
   */
  public ConvertJob deadLetters(String directory) {
    return new ConvertJob(input, output, format, Objects.requireNonNull(directory, "directory"));
  }

  /**
   * Adds the job's sources, operators and sinks to the environment and puts it in batch mode.
   *
   * @param env the environment; its parallelism is the job's
   * @throws IllegalStateException when no output was given
   * @throws IOException when the input's glob cannot be listed
   */
  public void addTo(StreamExecutionEnvironment env) throws IOException {
    if (output == null) {
      throw new IllegalStateException("ConvertJob from '" + input + "' needs an output: call to(directory, format)");
    }
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    FileSource<NdjsonLine> source = FileSource
        .forBulkFileFormat(new FileLines(ParseLines.maxLineLength()), InputFiles.resolve(input))
        .build();
    SingleOutputStreamOperator<Briefing> briefings = env
        .fromSource(source, WatermarkStrategy.noWatermarks(), "NDJSON " + input)
        // Reading lines is cheap and per file; parsing, validating and rendering are not.
        .rebalance()
        .process(new ParseLines(), BriefingTypeInfo.create())
        .name("read and validate");
    briefings
        .map(new RenderText(format), Types.STRING)
        .name("render " + format)
        .sinkTo(FileSink.forRowFormat(new Path(output), new RenderedEncoder())
            .withBucketAssigner(new BasePathBucketAssigner<>())
            .withOutputFileConfig(files(FormatRegistry.loadDefault().byName(format).extensions().get(0)))
            .build())
        .name("write " + output);
    briefings.getSideOutput(ParseLines.DEAD_LETTERS)
        .sinkTo(FileSink.forRowFormat(new Path(deadLetterDirectory()), new DeadLetterEncoder())
            .withBucketAssigner(new BasePathBucketAssigner<>())
            .withOutputFileConfig(files(".ndjson"))
            .build())
        .name("write dead letters");
  }

  private String deadLetterDirectory() {
    return deadLetters != null ? deadLetters : output.replaceAll("/+$", "") + "-dead-letters";
  }

  private static OutputFileConfig files(String extension) {
    return OutputFileConfig.builder().withPartPrefix("part").withPartSuffix(extension).build();
  }

  /**
   * Runs the job: {@code --input PATH --output DIR [--format ndjson] [--dead-letters DIR]}.
   * Parallelism is Flink's: {@code flink run -p N}, or {@code parallelism.default}.
   *
   * @param args the arguments
   * @throws Exception when the job cannot be submitted or fails
   */
  public static void main(String[] args) throws Exception {
    ParameterTool params = ParameterTool.fromArgs(args);
    ConvertJob job = from(params.getRequired("input")).to(params.getRequired("output"), params.get("format", "ndjson"));
    if (params.has("dead-letters")) {
      job = job.deadLetters(params.get("dead-letters"));
    }
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    job.addTo(env);
    env.execute("briefing: " + job);
  }

  @Override
  public String toString() {
    return input + " -> " + output + " (" + format + "), dead letters -> " + deadLetterDirectory();
  }
}

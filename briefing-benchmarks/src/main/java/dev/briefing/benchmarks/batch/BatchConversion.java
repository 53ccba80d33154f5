package dev.briefing.benchmarks.batch;

import com.sun.management.OperatingSystemMXBean;
import dev.briefing.benchmarks.OurFormats;
import dev.briefing.benchmarks.baseline.JtePage;
import dev.briefing.benchmarks.baseline.StreamingJsonReader;
import dev.briefing.benchmarks.baseline.StreamingJsonWriter;
import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.Converter;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.render.html.HtmlFormat;
import dev.briefing.render.html.HtmlRenderer;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Converts {@code --count} briefings of NDJSON to HTML in one thread and prints one line of
 * {@code key=value} results: throughput in MB/s of input (1 MB = 10^6 bytes), and the heap
 * high-water mark after GC. Run it in a JVM of its own with {@code -Xmx64m}.
 *
 * <p>The input cycles through 64 different briefings (the seed and generated ones, with
 * markup-like text and varied Unicode), written once by our {@code ndjson} format when it is on
 * the class path, else by the streaming baseline; both implementations read the same bytes.
 * {@code --impl ours} goes through the core SPI ({@code ndjson} parser, {@code html} format);
 * {@code --impl baseline} is hand-written Jackson streaming into the jte page; {@code --impl
 * converter} is the core {@code Converter} on {@code --threads N} threads (default 1), writing
 * the same pages one after another, given the input and output as bytes (the other two get them
 * as a reader and a writer). The jte page has no JSON-LD, so ours writes its pages
 * without it ({@code HtmlRenderer.builder().jsonLd(false)}) and all three write the same bytes;
 * {@code --json-ld} makes ours and the converter write the registry's page, JSON-LD and all, to
 * measure what it costs (the baseline then writes less than they do). The line ends with the output's CRC-32C, so that runs can
 * be shown to write the same bytes.
 *
 * <pre>{@code
 * java -Xmx64m -cp benchmarks.jar dev.briefing.benchmarks.batch.BatchConversion --impl ours --count 10000
 * java -Xmx64m -cp benchmarks.jar dev.briefing.benchmarks.batch.BatchConversion --impl converter --threads 2
 * }</pre>
 */
public final class BatchConversion {
  private static final int POOL = 64;

  private BatchConversion() {}

  /**
   * @param args {@code --impl ours|baseline --count N}
   * @throws Exception on failure, which ends the process with a stack trace
   */
  public static void main(String[] args) throws Exception {
    String impl = "ours";
    long count = 10_000;
    int threads = 1;
    boolean jsonLd = false;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--impl" -> impl = args[++i];
        case "--count" -> count = Long.parseLong(args[++i]);
        case "--threads" -> threads = Integer.parseInt(args[++i]);
        case "--json-ld" -> jsonLd = true;
        default -> throw new IllegalArgumentException("unknown argument " + args[i]);
      }
    }
    Result result = run(impl, count, threads, jsonLd);
    Thread.sleep(200); // GC notifications arrive on another thread; let the last one land.
    System.out.println(result.line(Runtime.getRuntime().maxMemory()));
  }

  /**
   * @param impl {@code ours}, {@code converter} or {@code baseline}
   * @param count how many briefings
   * @param threads how many threads the converter uses; the others use one
   * @return what was measured
   */
  public static Result run(String impl, long count, int threads) {
    return run(impl, count, threads, false);
  }

  /**
   * @param impl {@code ours}, {@code converter} or {@code baseline}
   * @param count how many briefings
   * @param threads how many threads the converter uses; the others use one
   * @param jsonLd whether ours and the converter write each page's JSON-LD; the baseline never does
   * @return what was measured
   */
  public static Result run(String impl, long count, int threads, boolean jsonLd) {
    RepeatingLines input = new RepeatingLines(lines(pool()), count);
    CountingSink sink = new CountingSink();
    HeapWatch heap = HeapWatch.start();
    long cpuStart = processCpuNanos();
    long start = System.nanoTime();
    long converted;
    try (Reader in = new InputStreamReader(input, StandardCharsets.UTF_8);
        Writer out = new BufferedWriter(new OutputStreamWriter(sink, StandardCharsets.UTF_8), 1 << 16)) {
      converted = switch (impl) {
        case "ours" -> ours(in, out, page(jsonLd));
        case "converter" -> converter(input, sink, threads, page(jsonLd));
        case "baseline" -> baseline(in, out);
        default -> throw new IllegalArgumentException("--impl is ours, converter or baseline, not " + impl);
      };
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    long nanos = System.nanoTime() - start;
    long cpuNanos = processCpuNanos() - cpuStart;
    if (converted != count) {
      throw new IllegalStateException("converted " + converted + " briefings of " + count);
    }
    return new Result(impl, threads, count, input.totalBytes(), sink.count(), sink.checksum(), nanos, cpuNanos, heap);
  }

  /** The html format as an application that writes pages without JSON-LD registers it, or the registry's own. */
  private static BriefingFormat page(boolean jsonLd) {
    return jsonLd ? OurFormats.registry().byName("html") : new HtmlFormat(HtmlRenderer.builder().jsonLd(false).build());
  }

  private static long ours(Reader in, Writer out, BriefingFormat page) throws IOException {
    BriefingRenderer html = OurFormats.registry().with(page).renderer("html");
    long[] converted = {0};
    try (Stream<Briefing> briefings = OurFormats.parser("ndjson").parseAll(in)) {
      briefings.forEach(b -> {
        html.render(b, out);
        converted[0]++;
      });
    }
    return converted[0];
  }

  /**
   * The registry's ndjson parser validates each briefing as it reads it, as the one-thread row
   * does, so the converter is told not to validate again. It is given the bytes, as a batch job
   * on files or sockets would: on several threads it then decodes and encodes on those threads.
   */
  private static long converter(InputStream in, OutputStream out, int threads, BriefingFormat page) {
    FormatRegistry formats = OurFormats.registry().with(new PagesInSequence(page));
    return Converter.using(formats).validating(false).withThreads(threads).convert(in, "ndjson", out, "html").written();
  }

  private static long baseline(Reader in, Writer out) {
    JtePage page = new JtePage();
    return new StreamingJsonReader().readAll(in, b -> page.render(b, out));
  }

  /** CPU time of every thread of this JVM (converter, collector, compiler), for shared machines. */
  private static long processCpuNanos() {
    return ManagementFactory.getPlatformMXBean(OperatingSystemMXBean.class).getProcessCpuTime();
  }

  /** @return the seed and 63 generated valid briefings of varied shapes */
  static List<Briefing> pool() {
    List<Briefing> pool = new ArrayList<>();
    pool.add(SeedBriefing.briefing());
    // The generator's first three are its edge shapes (minimal, full, 1 MB large); skip them.
    BriefingGenerator.validBriefings(POOL + 2, 6).skip(3).forEach(pool::add);
    return pool;
  }

  /** One NDJSON line per briefing, in our format's bytes when we have it. */
  static List<String> lines(List<Briefing> pool) {
    boolean ours = OurFormats.canWrite("ndjson");
    StreamingJsonWriter baseline = new StreamingJsonWriter();
    return pool.stream()
        .map(b -> ours ? OurFormats.renderer("ndjson").render(b).strip() : baseline.write(b))
        .toList();
  }

  /**
   * What one run measured.
   *
   * @param impl which implementation
   * @param threads how many threads converted
   * @param count how many briefings
   * @param inputBytes NDJSON bytes read
   * @param outputBytes HTML bytes written
   * @param outputChecksum the CRC-32C of the HTML bytes
   * @param nanos wall-clock time spent converting
   * @param cpuNanos CPU time the whole JVM spent meanwhile
   * @param heap the heap watch of the run
   */
  public record Result(String impl, int threads, long count, long inputBytes, long outputBytes, String outputChecksum,
      long nanos, long cpuNanos, HeapWatch heap) {

    /** @return MB (10^6 bytes) of input per second of wall-clock time */
    public double mbPerSecond() {
      return inputBytes / 1e6 / (nanos / 1e9);
    }

    /** @return MB of input per second of CPU time: what one core does when no one else wants it */
    public double mbPerCpuSecond() {
      return inputBytes / 1e6 / (cpuNanos / 1e9);
    }

    /**
     * @param maxHeap the JVM's maximum heap, in bytes
     * @return the result as one line of {@code key=value} pairs
     */
    public String line(long maxHeap) {
      return String.format(Locale.ROOT,
          "impl=%s threads=%d count=%d inputBytes=%d outputBytes=%d outputCrc32c=%s seconds=%.3f mbPerSecond=%.2f "
              + "cpuSeconds=%.3f mbPerCpuSecond=%.2f heapAfterGcMb=%.2f heapPeakMb=%.2f collections=%d maxHeapMb=%.0f",
          impl, threads, count, inputBytes, outputBytes, outputChecksum, nanos / 1e9, mbPerSecond(), cpuNanos / 1e9,
          mbPerCpuSecond(), heap.maxAfterGcBytes() / 1e6, heap.peakBytes() / 1e6, heap.collections(), maxHeap / 1e6);
    }
  }
}

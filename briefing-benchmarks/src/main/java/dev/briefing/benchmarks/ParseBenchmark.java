package dev.briefing.benchmarks;

import dev.briefing.core.Briefing;
import dev.briefing.kit.ParseOptions;
import dev.briefing.render.html.HtmlParser;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.markdown.MarkdownParser;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.text.TextParser;
import dev.briefing.render.text.TextRenderer;
import java.io.StringReader;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading a briefing back: tolerant text, tolerant Markdown and HTML reading against the strict
 * text parser on the same briefing (target: within 2 times), and HTML reading against jsoup's
 * own parse of the page, the floor under it.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --jmh ParseBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class ParseBenchmark {
  /** Which briefing to read. */
  @Param({"seed", "large"})
  public String workload;

  private static final ParseOptions TOLERANT = ParseOptions.builder().tolerant(true).build();

  private final TextParser strictText = TextParser.standard();
  private final TextParser tolerantText = TextParser.of(TOLERANT);
  private final MarkdownParser tolerantMarkdown = MarkdownParser.of(TOLERANT);
  private final HtmlParser html = HtmlParser.standard();
  private String text;
  private String markdown;
  private String page;

  /** Writes the briefing in each layout once per trial. */
  @Setup
  public void setUp() {
    Briefing briefing = Workload.named(workload).briefing();
    text = TextRenderer.standard().render(briefing);
    markdown = MarkdownRenderer.standard().render(briefing);
    page = HtmlRenderer.standard().render(briefing);
  }

  /** @return the briefing read by the strict text parser, the baseline */
  @Benchmark
  public Briefing strictText() {
    return strictText.parse(new StringReader(text));
  }

  /** @return the briefing read tolerantly from text */
  @Benchmark
  public Briefing tolerantText() {
    return tolerantText.parse(new StringReader(text));
  }

  /** @return the briefing read tolerantly from Markdown */
  @Benchmark
  public Briefing tolerantMarkdown() {
    return tolerantMarkdown.parse(new StringReader(markdown));
  }

  /** @return the briefing read from the HTML page */
  @Benchmark
  public Briefing html() {
    return html.parse(new StringReader(page));
  }

  /** @return jsoup's parse of the same page, the floor of HTML reading */
  @Benchmark
  public Document jsoupFloor() {
    return Jsoup.parse(page);
  }
}

package dev.briefing.benchmarks;

import dev.briefing.benchmarks.baseline.CommonmarkPage;
import dev.briefing.benchmarks.baseline.JtePage;
import dev.briefing.benchmarks.baseline.MustachePage;
import dev.briefing.benchmarks.baseline.UnescapedMarkdown;
import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.render.html.HtmlRenderer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
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
 * A briefing to an HTML page: our {@code html} renderer against the same page from a
 * precompiled jte template and from Mustache, Markdown text through commonmark-java, and the
 * physical floor of copying the page's bytes. Target: ours faster than jte. The templates write
 * no JSON-LD, so {@code ours} is our page without it ({@code HtmlRenderer.builder().jsonLd(false)},
 * byte for byte the jte page); {@code oursWithJsonLd} is the registry's page, with the schema.org
 * block in its head, whose cost alone is the JSON-LD row.
 *
 * <pre>{@code
 * java -jar briefing-benchmarks/target/benchmarks.jar --jmh HtmlRenderBenchmark
 * }</pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
@State(Scope.Benchmark)
public class HtmlRenderBenchmark {
  /** Which briefing to render. */
  @Param({"seed", "large"})
  public String workload;

  private Briefing briefing;
  private String markdown;
  private byte[] page;
  private byte[] copy;
  private final JtePage jte = new JtePage();
  private final MustachePage mustache = new MustachePage();
  private final CommonmarkPage commonmark = new CommonmarkPage();

  /** Builds the inputs once per trial. */
  @Setup
  public void setUp() {
    briefing = Workload.named(workload).briefing();
    // Same content for commonmark-java: our Markdown when we have it, else the same layout unescaped.
    markdown = OurFormats.canWrite("markdown")
        ? OurFormats.renderer("markdown").render(briefing)
        : UnescapedMarkdown.render(briefing);
    // The page the templates and ours write alike.
    page = jte.render(briefing).getBytes(StandardCharsets.UTF_8);
    copy = new byte[page.length];
  }

  /** Our renderers, kept apart so that the baselines run even when they are not on the class path. */
  @State(Scope.Benchmark)
  public static class Ours {
    BriefingRenderer withJsonLd;
    BriefingRenderer withoutJsonLd;

    /** Looks the page with JSON-LD up by name, as an application would, and builds the one without. */
    @Setup
    public void setUp() {
      withJsonLd = OurFormats.renderer("html");
      withoutJsonLd = HtmlRenderer.builder().jsonLd(false).build();
    }
  }

  /**
   * @param ours our renderers
   * @return the page without JSON-LD, as the templates write it
   */
  @Benchmark
  public String ours(Ours ours) {
    return ours.withoutJsonLd.render(briefing);
  }

  /**
   * @param ours our renderers
   * @return the registry's page, with its JSON-LD
   */
  @Benchmark
  public String oursWithJsonLd(Ours ours) {
    return ours.withJsonLd.render(briefing);
  }

  /** @return the page */
  @Benchmark
  public String jte() {
    return jte.render(briefing);
  }

  /** @return the page */
  @Benchmark
  public String mustache() {
    return mustache.render(briefing);
  }

  /** @return the HTML */
  @Benchmark
  public String commonmark() {
    return commonmark.render(markdown);
  }

  /** @return the copy of the page's bytes */
  @Benchmark
  public byte[] floorArraycopy() {
    System.arraycopy(page, 0, copy, 0, page.length);
    return copy;
  }
}

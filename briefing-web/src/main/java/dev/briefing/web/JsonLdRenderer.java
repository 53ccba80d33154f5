package dev.briefing.web;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.kit.RenderOptions;
import dev.briefing.web.internal.AppendableWriter;
import dev.briefing.web.internal.ArticleJson;
import dev.briefing.web.internal.JsonOutput;
import dev.briefing.web.internal.ScriptSafeWriter;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.util.Objects;

/**
 * Writes a briefing as schema.org JSON-LD: one {@code AnalysisNewsArticle} with {@code
 * headline} (the title), {@code abstract} (The Signal), {@code articleBody} (What Happened, Why
 * It Matters and What To Watch as plain text), {@code datePublished}, {@code inLanguage}, {@code
 * author}, {@code keywords}, {@code identifier}, {@code citation} and the figures as typed values
 * it {@code mentions} ({@code QuantitativeValue}, or {@code Observation} with an {@code
 * observationDate} when the as-of is a date). Of the {@link RenderOptions}, the sections and the
 * labels (of the article body) apply. Immutable and thread-safe.
 *
 * <pre>{@code
 * String jsonLd = JsonLdRenderer.standard().render(briefing);
 * JsonLdRenderer german = JsonLdRenderer.of(RenderOptions.builder().labels(SectionLabels.german()).build());
 * }</pre>
 */
public final class JsonLdRenderer implements BriefingRenderer {
  private static final JsonLdRenderer STANDARD = new JsonLdRenderer(RenderOptions.standard());

  private final RenderOptions options;
  private final ArticleJson article;

  private JsonLdRenderer(RenderOptions options) {
    this.options = Objects.requireNonNull(options, "options");
    this.article = new ArticleJson(options);
  }

  /** @return the renderer with {@link RenderOptions#standard()} */
  public static JsonLdRenderer standard() {
    return STANDARD;
  }

  /**
   * @param options the sections to write and the labels of the article body
   * @return a renderer with these options
   */
  public static JsonLdRenderer of(RenderOptions options) {
    return new JsonLdRenderer(options);
  }

  /** @return the options this renderer was made with */
  public RenderOptions options() {
    return options;
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    write(briefing, new AppendableWriter(out));
  }

  /**
   * Writes the same JSON-LD with {@code <}, {@code >}, {@code &}, U+2028 and U+2029 as {@code
   * \}{@code uXXXX} escapes, to stand between {@code <script type="application/ld+json">} and
   * {@code </script>}: no text of the briefing can close the script or open a comment there,
   * and a JSON-LD reader gets back exactly the same strings.
   *
   * <pre>{@code
   * out.append("<script type=\"application/ld+json\">");
   * JsonLdRenderer.standard().renderScriptTo(briefing, out);
   * out.append("</script>\n");
   * }</pre>
   *
   * @param briefing the briefing
   * @param out where to write; not closed
   * @throws IOException when {@code out} fails
   */
  public void renderScriptTo(Briefing briefing, Appendable out) throws IOException {
    write(briefing, new ScriptSafeWriter(new AppendableWriter(out)));
  }

  private void write(Briefing briefing, Writer out) throws IOException {
    try (JsonGenerator json = JsonOutput.open(out)) {
      article.write(briefing, json);
    } catch (JsonException e) {
      // JSON-P reports a failing writer as its own unchecked exception around the IOException.
      if (e.getCause() instanceof IOException) {
        throw (IOException) e.getCause();
      }
      throw e;
    }
  }
}

package dev.briefing.benchmarks.baseline;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Metadata;
import dev.briefing.core.Quantity;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.ImpactOrders;
import dev.briefing.kit.SectionLabels;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The schema.org JSON-LD as a user would write it with Jackson: an {@code ObjectNode} tree with
 * the same {@code AnalysisNewsArticle} properties as the {@code jsonld} format, written with an
 * {@code ObjectMapper}. It reads an as-of as an observation date only when it is ISO 8601 (the
 * format also reads English dates), and writes no script-safe variant.
 *
 * <pre>{@code
 * String jsonLd = new JacksonJsonLd().render(SeedBriefing.briefing());
 * }</pre>
 */
public final class JacksonJsonLd {
  private final ObjectMapper mapper = new ObjectMapper().enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
  private final SectionLabels labels = SectionLabels.english();

  /**
   * @param briefing the briefing
   * @return the article as JSON-LD
   */
  public String render(Briefing briefing) {
    ObjectNode article = mapper.createObjectNode();
    article.put("@context", "https://schema.org");
    article.put("@type", "AnalysisNewsArticle");
    briefing.title().ifPresent(title -> article.put("headline", title));
    article.put("abstract", briefing.signal());
    if (!briefing.figures().isEmpty()) {
      ArrayNode mentions = article.putArray("mentions");
      briefing.figures().forEach(figure -> figure(mentions.addObject(), figure));
    }
    details(briefing.metadata(), article);
    article.put("articleBody", body(briefing));
    try {
      return mapper.writeValueAsString(article);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String body(Briefing briefing) {
    StringBuilder body = new StringBuilder(briefing.whatHappened());
    if (!briefing.impacts().isEmpty()) {
      body.append("\n\n").append(labels.whyItMatters());
      for (int i = 0; i < briefing.impacts().size(); i++) {
        body.append('\n').append(ImpactOrders.label(labels, briefing.impacts(), i)).append(": ")
            .append(briefing.impacts().get(i).text());
      }
    }
    if (!briefing.watchItems().isEmpty()) {
      body.append("\n\n").append(labels.whatToWatch());
      for (WatchItem item : briefing.watchItems()) {
        body.append('\n').append(item.title()).append(": ").append(item.description());
      }
    }
    return body.toString();
  }

  private static void figure(ObjectNode node, Figure figure) {
    Optional<String> date = figure.asOf().flatMap(JacksonJsonLd::isoDate);
    node.put("@type", date.isPresent() ? "Observation" : "QuantitativeValue");
    node.put("name", figure.label());
    node.put("alternateName", figure.value());
    figure.quantity().ifPresent(quantity -> quantity(node, quantity));
    if (date.isPresent()) {
      node.put("observationDate", date.get());
    } else {
      figure.asOf().ifPresent(asOf -> node.put("description", asOf));
    }
    figure.source().ifPresent(source -> node.putObject("subjectOf").put("@type", "CreativeWork").put("name", source));
  }

  private static void quantity(ObjectNode node, Quantity quantity) {
    if (quantity.isRange()) {
      node.put("minValue", quantity.low().stripTrailingZeros());
      node.put("maxValue", quantity.high().stripTrailingZeros());
    } else {
      node.put("value", quantity.low().stripTrailingZeros());
    }
    quantity.currency().or(quantity::unit).ifPresent(unit -> node.put("unitText", unit));
  }

  private static Optional<String> isoDate(String asOf) {
    try {
      return Optional.of(switch (asOf.length()) {
        case 4 -> Year.parse(asOf).toString();
        case 7 -> YearMonth.parse(asOf).toString();
        default -> LocalDate.parse(asOf).toString();
      });
    } catch (DateTimeParseException notIso) {
      return Optional.empty();
    }
  }

  private static void details(Metadata metadata, ObjectNode article) {
    metadata.id().ifPresent(id -> article.put("identifier", id));
    metadata.published().ifPresent(published ->
        article.put("datePublished", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(published)));
    metadata.language().ifPresent(language -> article.put("inLanguage", language.toLanguageTag()));
    if (!metadata.authors().isEmpty()) {
      ArrayNode authors = article.putArray("author");
      metadata.authors().forEach(author -> authors.addObject().put("@type", "Person").put("name", author));
    }
    if (!metadata.tags().isEmpty()) {
      ArrayNode keywords = article.putArray("keywords");
      metadata.tags().forEach(keywords::add);
    }
    if (!metadata.sources().isEmpty()) {
      ArrayNode citations = article.putArray("citation");
      for (Source source : metadata.sources()) {
        citations.addObject().put("@type", "CreativeWork").put("name", source.title()).put("url", source.url().toString());
      }
    }
  }
}

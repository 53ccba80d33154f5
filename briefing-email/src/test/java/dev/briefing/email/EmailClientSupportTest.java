package dev.briefing.email;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.chat.testing.LargestBriefings;
import dev.briefing.chat.testing.NodeOracle;
import dev.briefing.core.Briefing;
import dev.briefing.core.Metadata;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.kit.FigureLayout;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * {@code doiuse-email} (caniemail's data, from the npm registry) checks the emails for Gmail
 * (web, iOS, Android, mobile web), Outlook on Windows and Apple Mail (macOS, iOS): the card
 * uses nothing they lack. The hidden preheader alone draws two reports, each about one of its
 * redundant ways of hiding, which the client in question replaces with another
 * (docs/renderers.md lists them).
 */
class EmailClientSupportTest {

  /** What the preheader's hiding draws: a client without one of its properties hides it with another. */
  private static final Set<String> PREHEADER_FALLBACKS = Set.of(
      "`display:none` is not supported by `gmail.mobile-webmail`",
      "`overflow` is not supported by `outlook.windows`");

  private static List<String> emails() {
    Briefing seed = SeedBriefing.briefing();
    List<String> emails = new ArrayList<>();
    emails.add(EmailRenderer.standard().render(seed));
    emails.add(EmailRenderer.builder().options(RenderOptions.builder().labels(SectionLabels.german())
        .figureLayout(FigureLayout.TABLE).build()).build()
        .render(seed.withMetadata(Metadata.builder().from(seed.metadata()).language(Locale.forLanguageTag("he")).build())));
    emails.add(EmailRenderer.builder().fullBriefing(b -> Optional.of(URI.create("https://news.example/full"))).build()
        .render(LargestBriefings.markup()));
    BriefingGenerator.validBriefings(10, 7).map(EmailRenderer.standard()::render).forEach(emails::add);
    BriefingGenerator.hostileBriefings(10, 7).map(EmailRenderer.standard()::render).forEach(emails::add);
    emails.add(EmailRenderer.standard().render(SeedBriefing.editorialBriefing()));
    emails.add(EmailRenderer.builder().options(RenderOptions.builder().labels(SectionLabels.french()).build()).build()
        .render(SeedBriefing.editorialBriefing()));
    BriefingGenerator.validEditorialBriefings(10, 8).map(EmailRenderer.standard()::render).forEach(emails::add);
    BriefingGenerator.hostileEditorialBriefings(10, 8).map(EmailRenderer.standard()::render).forEach(emails::add);
    return emails;
  }

  @Test
  void gmailOutlookAndAppleMailSupportEverythingButThePreheadersFallbacks() {
    List<String> emails = emails();
    JsonNode reports = check(emails);

    assertThat(reports.size()).isEqualTo(emails.size());
    for (JsonNode report : reports) {
      assertThat(texts(report.get("errors"))).isSubsetOf(PREHEADER_FALLBACKS);
    }
  }

  @Test
  void withoutThePreheaderTheyReportNoErrorAtAll() {
    List<String> cards = emails().stream()
        .map(html -> html.replaceFirst("(?s)<div style=\"display:none;.*?</div>\n", ""))
        .toList();

    JsonNode reports = check(cards);

    for (JsonNode report : reports) {
      assertThat(report.get("success").asBoolean()).as("%s", report.get("errors")).isTrue();
      assertThat(texts(report.get("errors"))).isEmpty();
    }
  }

  @Test
  void theOracleSeesWhatItDoesNotSupport() {
    String flex = EmailRenderer.standard().render(SeedBriefing.briefing())
        .replaceFirst("<td style=\"", "<td style=\"display:flex;");

    JsonNode report = check(List.of(flex)).get(0);

    assertThat(texts(report.get("errors"))).anySatisfy(error -> assertThat(error).contains("flex"));
  }

  /** doiuse-email's reports, one per document, from {@code src/test/node/check-email.cjs}. */
  private static JsonNode check(List<String> documents) {
    ObjectMapper json = new ObjectMapper();
    return NodeOracle.run("check-email.cjs", documents.stream().map(html -> {
      try {
        return json.writeValueAsString(html);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }).toList());
  }

  private static Set<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).collect(Collectors.toSet());
  }
}

package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.briefing.core.Impact;
import dev.briefing.core.SignpostStatus;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Collections;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SectionLabelsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en-GB | The Signal",
    "de-AT | Das Signal",
    "fr-CA | Le signal",
    "es-MX | La señal",
  })
  void findsTheBuiltInLabelsByLanguageWhateverTheRegion(String tag, String signal) {
    Locale language = Locale.forLanguageTag(tag);
    assertThat(SectionLabels.find(language)).get().extracting(SectionLabels::signal).isEqualTo(signal);
    assertThat(SectionLabels.forLanguage(language).signal()).isEqualTo(signal);
  }

  @Test
  void aLanguageWithoutBuiltInLabelsFindsNoneAndFallsBackToEnglish() {
    assertThat(SectionLabels.find(Locale.JAPANESE)).isEmpty();
    assertThat(SectionLabels.forLanguage(Locale.JAPANESE)).isSameAs(SectionLabels.english());
  }

  @Test
  void requiringLabelsForALanguageWithoutBuiltInsNamesItAndTheBuiltIns() {
    assertThatIllegalArgumentException().isThrownBy(() -> SectionLabels.require(Locale.JAPANESE))
        .withMessageStartingWith("No built-in section labels for 'ja'; built in: en, de, fr, es.");
    assertThat(SectionLabels.require(Locale.forLanguageTag("de-AT"))).isSameAs(SectionLabels.german());
  }

  @Test
  void builtInLabelsAreEnglishGermanFrenchAndSpanish() {
    assertThat(SectionLabels.builtIn()).containsExactly(
        SectionLabels.english(), SectionLabels.german(), SectionLabels.french(), SectionLabels.spanish());
    assertThat(SectionLabels.builtIn()).extracting(l -> l.language().getLanguage())
        .containsExactly("en", "de", "fr", "es");
  }

  @Test
  void namesEveryImpactOrderFromOneToTheMaximum() {
    SectionLabels english = SectionLabels.english();
    assertThat(english.impactOrder(1)).isEqualTo("First-order");
    assertThat(english.impactOrder(2)).isEqualTo("Second-order");
    assertThat(english.impactOrder(Impact.MAX_ORDER)).isEqualTo("Tenth-order");
  }

  @Test
  void refusesAnImpactOrderOutsideTheLabels() {
    SectionLabels english = SectionLabels.english();
    assertThatIllegalArgumentException().isThrownBy(() -> english.impactOrder(0))
        .withMessage("Impact order must be 1..10, but was 0");
    assertThatIllegalArgumentException().isThrownBy(() -> english.impactOrder(Impact.MAX_ORDER + 1))
        .withMessage("Impact order must be 1..10, but was 11");
  }

  @Test
  void tableHeadingsDefaultToEnglish() {
    SectionLabels built = SectionLabels.builder()
        .language(Locale.ITALIAN)
        .signal("s").whatHappened("w").whyItMatters("y").theNumbers("n").whatToWatch("t").details("d")
        .asOf("a").id("i").published("p").languageLabel("l").author("au").tag("ta").source("so")
        .impactOrders(SectionLabels.english().impactOrders())
        .build();
    assertThat(built.valueHeading()).isEqualTo("Value");
    assertThat(built.measureHeading()).isEqualTo("Measure");
    assertThat(built.asOfHeading()).isEqualTo("As of");
    assertThat(SectionLabels.german().valueHeading()).isEqualTo("Wert");
  }

  @Test
  void refusesLabelsWithTooFewOrTooManyImpactOrders() {
    SectionLabels.Builder nine = SectionLabels.builder().from(SectionLabels.english())
        .impactOrders(SectionLabels.english().impactOrders().subList(0, Impact.MAX_ORDER - 1));
    assertThatIllegalStateException().isThrownBy(nine::build)
        .withMessage("SectionLabels needs 10 impact-order labels, but has 9");
    SectionLabels.Builder eleven = SectionLabels.builder().from(SectionLabels.english())
        .addImpactOrders("Eleventh-order");
    assertThatIllegalStateException().isThrownBy(eleven::build)
        .withMessage("SectionLabels needs 10 impact-order labels, but has 11");
    assertThat(SectionLabels.builder().from(SectionLabels.english())
        .impactOrders(Collections.nCopies(Impact.MAX_ORDER, "x")).build().impactOrder(10)).isEqualTo("x");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "en | Likelihood         | Confidence | Horizon      | Room for disagreement      | Indicator  | Threshold | Review by         | Status | open    | triggered | expired    | retired",
    "de | Wahrscheinlichkeit | Konfidenz  | Zeithorizont | Raum für Widerspruch       | Indikator  | Schwelle  | Überprüfen bis    | Status | offen   | ausgelöst | abgelaufen | eingestellt",
    "fr | Probabilité        | Confiance  | Horizon      | Place au désaccord         | Indicateur | Seuil     | À revoir le       | Statut | ouvert  | déclenché | expiré     | retiré",
    "es | Probabilidad       | Confianza  | Horizonte    | Espacio para el desacuerdo | Indicador  | Umbral    | Revisar antes del | Estado | abierto | activado  | vencido    | retirado",
  })
  void namesTheModel11PartsAndEverySignpostStatusInEachBuiltInLanguage(String tag, String likelihood, String confidence,
      String horizon, String alternativeViews, String indicator, String threshold, String reviewBy, String status,
      String open, String triggered, String expired, String retired) {
    SectionLabels labels = SectionLabels.require(Locale.forLanguageTag(tag));
    assertThat(List.of(labels.likelihood(), labels.confidence(), labels.horizon(), labels.alternativeViews(),
        labels.indicator(), labels.threshold(), labels.reviewBy(), labels.status()))
        .containsExactly(likelihood, confidence, horizon, alternativeViews, indicator, threshold, reviewBy, status);
    assertThat(List.of(SignpostStatus.values())).extracting(labels::statusWord)
        .containsExactly(open, triggered, expired, retired);
  }

  @Test
  void readsEachStatusWordBackAsTheStatusItNamesInItsOwnLanguageOnly() {
    for (SectionLabels labels : SectionLabels.builtIn()) {
      for (SignpostStatus status : SignpostStatus.values()) {
        assertThat(labels.statusOf(labels.statusWord(status))).contains(status);
      }
      assertThat(labels.statusOf("Open")).isEmpty();
    }
    assertThat(SectionLabels.german().statusOf("triggered")).isEmpty();
  }

  @Test
  void theModel11LabelsOfEachLanguageAreDistinctSoAParserCanTellThemApart() {
    for (SectionLabels labels : SectionLabels.builtIn()) {
      Set<String> fields = new HashSet<>(List.of(labels.likelihood(), labels.confidence(), labels.horizon(),
          labels.indicator(), labels.threshold(), labels.reviewBy(), labels.status()));
      assertThat(fields).as(labels.language().toLanguageTag()).hasSize(7);
    }
  }

  @Test
  void model11LabelsDefaultToEnglishForLabelsBuiltWithoutThem() {
    SectionLabels built = SectionLabels.builder().from(SectionLabels.english()).language(Locale.ITALIAN).build();
    assertThat(built.alternativeViews()).isEqualTo("Room for disagreement");
    assertThat(built.statusWord(SignpostStatus.EXPIRED)).isEqualTo("expired");
  }

  @Test
  void refusesLabelsThatGiveTwoSignpostStatusesOneWord() {
    SectionLabels.Builder same = SectionLabels.builder().from(SectionLabels.english()).statusExpired("retired");
    assertThatIllegalStateException().isThrownBy(same::build)
        .withMessage("SectionLabels needs a different word for each signpost status, but 'retired' names two");
  }
}

package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class ParseOptionsTest {

  @Test
  void standardIsStrictRepairingSixteenMebicharactersAndTheBuiltInLabels() {
    ParseOptions standard = ParseOptions.standard();
    assertThat(standard.lenient()).isFalse();
    assertThat(standard.repairText()).isTrue();
    assertThat(standard.maxInputChars()).isEqualTo(16 * 1024 * 1024);
    assertThat(standard.extraLabels()).isEmpty();
    assertThat(standard.knownLabels()).isEqualTo(SectionLabels.builtIn());
  }

  @Test
  void keepsEverySettingAndAddsHouseLabelsAfterTheBuiltInOnes() {
    SectionLabels house = SectionLabels.english().withSignal("Bottom line");
    ParseOptions options = ParseOptions.builder().lenient(true).repairText(false).maxInputChars(10)
        .addLabels(house).build();
    assertThat(options.lenient()).isTrue();
    assertThat(options.repairText()).isFalse();
    assertThat(options.maxInputChars()).isEqualTo(10);
    assertThat(options.extraLabels()).containsExactly(house);
    assertThat(options.knownLabels()).endsWith(house).hasSize(SectionLabels.builtIn().size() + 1);
    assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    assertThat(options).isNotEqualTo(ParseOptions.standard());
    assertThat(options).hasToString("ParseOptions[lenient, no repair, maxInputChars=10, extraLabels=1, extraLabelSets=0]");
  }

  @Test
  void tolerantReadingIsLenientAndKnowsTheBuiltInLabelSetsThenTheHouseOnes() {
    LabelSet house = LabelSet.builder("house", java.util.Locale.ENGLISH).add(Section.SIGNAL, "Top line").build();
    ParseOptions options = ParseOptions.builder().tolerant(true).addLabelSet(house).build();
    assertThat(options.tolerant()).isTrue();
    assertThat(options.lenient()).isTrue();
    assertThat(options.knownLabelSets()).startsWith(LabelSet.builtIn().toArray(LabelSet[]::new)).endsWith(house);
    assertThat(options.toBuilder().build()).isEqualTo(options).hasSameHashCodeAs(options);
    assertThat(LabelSet.newsletter().labels(Section.WHAT_HAPPENED)).containsExactly("Driving the news");
    assertThat(LabelSet.intelligence().labels(Section.SIGNAL)).contains("BLUF", "Key judgments");
  }

  @Test
  void refusesALimitBelowOneAndNoLabels() {
    assertThatIllegalArgumentException().isThrownBy(() -> ParseOptions.builder().maxInputChars(0))
        .withMessage("maxInputChars must be at least 1, but was 0");
    assertThatNullPointerException().isThrownBy(() -> ParseOptions.builder().addLabels(null)).withMessage("labels");
  }
}

package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RenderOptionsTest {

  @Test
  void standardIsEnglishEverySectionAListLevelOneAndAWholeDocument() {
    RenderOptions standard = RenderOptions.standard();
    assertThat(standard.labels()).isSameAs(SectionLabels.english());
    assertThat(standard.language()).isEqualTo(Locale.ENGLISH);
    assertThat(standard.sections()).isEqualTo(Section.all());
    assertThat(standard.figureLayout()).isEqualTo(FigureLayout.LIST);
    assertThat(standard.headingLevel()).isEqualTo(1);
    assertThat(standard.fragment()).isFalse();
    assertThat(RenderOptions.builder().build()).isEqualTo(standard).hasSameHashCodeAs(standard);
  }

  @Test
  void keepsEverySettingAndGivesThemBackThroughToBuilder() {
    RenderOptions options = RenderOptions.builder().labels(SectionLabels.french())
        .sections(EnumSet.of(Section.SIGNAL, Section.DETAILS)).figureLayout(FigureLayout.TABLE)
        .headingLevel(3).fragment(true).build();
    assertThat(options.labels()).isSameAs(SectionLabels.french());
    assertThat(options.language()).isEqualTo(Locale.FRENCH);
    assertThat(options.sections()).containsExactly(Section.SIGNAL, Section.DETAILS);
    assertThat(options.figureLayout()).isEqualTo(FigureLayout.TABLE);
    assertThat(options.headingLevel()).isEqualTo(3);
    assertThat(options.fragment()).isTrue();
    assertThat(options.toBuilder().build()).isEqualTo(options);
    assertThat(options.toBuilder().headingLevel(2).build()).isNotEqualTo(options);
    assertThat(options).hasToString("RenderOptions[fr, [SIGNAL, DETAILS], TABLE, headingLevel=3, fragment]");
  }

  @Test
  void sectionsAreACopyThatCannotBeChanged() {
    Set<Section> asked = EnumSet.of(Section.SIGNAL);
    RenderOptions options = RenderOptions.builder().sections(asked).build();
    asked.add(Section.TITLE);
    assertThat(options.sections()).containsExactly(Section.SIGNAL);
    assertThatThrownBy(() -> options.sections().add(Section.WHAT_HAPPENED))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @ParameterizedTest
  @ValueSource(ints = {Integer.MIN_VALUE, -1, 0, 6, 7})
  void headingLevelOutsideOneToFiveIsRefusedSayingWhy(int level) {
    assertThatIllegalArgumentException().isThrownBy(() -> RenderOptions.builder().headingLevel(level))
        .withMessage("headingLevel must be 1..5 so sections fit in six levels, but was " + level);
  }

  @Test
  void refusesMissingSettings() {
    assertThatNullPointerException().isThrownBy(() -> RenderOptions.builder().labels(null)).withMessage("labels");
    assertThatNullPointerException().isThrownBy(() -> RenderOptions.builder().sections(null)).withMessage("sections");
    assertThatNullPointerException().isThrownBy(() -> RenderOptions.builder().figureLayout(null))
        .withMessage("figureLayout");
  }
}

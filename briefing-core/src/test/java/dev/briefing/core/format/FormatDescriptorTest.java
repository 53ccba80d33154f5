package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatDescriptorTest {

  private static final FormatDescriptor HOUSE = FormatDescriptor.builder("house", "text/x-house")
      .extensions(".house", ".house.txt")
      .multiDocument()
      .probe(InputHead.firstLine(line -> line.startsWith("%house"), MatchStrength.FULL_MATCH))
      .build();

  @Test
  void aFormatBuiltFromADescriptorIsWhatItDescribes() {
    BriefingRenderer renderer = (briefing, out) -> out.append("house");
    BriefingFormat format = HOUSE.format(Optional.of(renderer), Optional.empty());

    assertThat(format.name()).isEqualTo("house");
    assertThat(format.mediaType()).isEqualTo("text/x-house");
    assertThat(format.extensions()).containsExactly(".house", ".house.txt");
    assertThat(format.multiDocument()).isTrue();
    assertThat(format.renderer()).contains(renderer);
    assertThat(format.parser()).isEmpty();
    assertThat(format).hasToString("DescribedFormat[text/x-house]");
    assertThat(FormatDescriptor.of(format)).isSameAs(HOUSE);
  }

  @Test
  void theFirstLineProbeLooksAtTheFirstNonBlankLineOnly() {
    assertThat(HOUSE.probe("\n  %house 1\nbody")).isEqualTo(MatchStrength.FULL_MATCH);
    assertThat(HOUSE.probe("body\n%house")).isEqualTo(MatchStrength.NO_MATCH);
    assertThat(HOUSE.probe(" \n\n")).isEqualTo(MatchStrength.NO_MATCH);
  }

  @Test
  void aFormatWrittenWithoutADescriptorIsDescribedByAskingIt() {
    LineFormat lines = new LineFormat("lines", ".lines", MatchStrength.SOLID_MATCH, "L");
    FormatDescriptor described = FormatDescriptor.of(lines);
    BriefingFormat copy = described.format(lines.renderer(), lines.parser());

    assertThat(copy.name()).isEqualTo(lines.name());
    assertThat(copy.mediaType()).isEqualTo(lines.mediaType());
    assertThat(copy.extensions()).isEqualTo(lines.extensions());
    assertThat(copy.multiDocument()).isTrue();
    assertThat(copy.probe("L1")).isEqualTo(MatchStrength.SOLID_MATCH);
    assertThat(copy.probe("x")).isEqualTo(MatchStrength.NO_MATCH);
  }

  @Test
  void aFormatCannotTellItsInputsApartUntilToldAndIsOneDocumentByDefault() {
    FormatDescriptor plain = FormatDescriptor.builder("plain", "text/x-plain").extensions(".plain").build();

    assertThat(plain.probe("anything")).isEqualTo(MatchStrength.INCONCLUSIVE);
    assertThat(plain.multiDocument()).isFalse();
  }

  @Test
  void aBadDescriptionSaysWhatIsWrong() {
    assertThatThrownBy(() -> FormatDescriptor.builder(" ", "text/x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("A format's name must not be blank");
    assertThatThrownBy(() -> FormatDescriptor.builder("x", "text/x").extensions(".x", "md"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("A format's extension starts with a dot, as '.md' does, but 'md' does not");
    assertThatThrownBy(() -> HOUSE.format(null, Optional.empty())).isInstanceOf(NullPointerException.class)
        .hasMessage("renderer");
  }
}

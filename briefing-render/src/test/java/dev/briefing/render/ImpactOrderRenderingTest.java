package dev.briefing.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidationException;
import dev.briefing.core.Impact;
import dev.briefing.core.Violation;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.text.TextRenderer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every renderer names impact orders 1 to 10 and refuses any other order with the impact's path. */
class ImpactOrderRenderingTest {

  private static final Briefing MINIMAL = Briefing.builder().signal("S.").whatHappened("W.").build();

  static Stream<Arguments> renderers() {
    return Stream.of(Arguments.of("html", HtmlRenderer.standard()), Arguments.of("markdown", MarkdownRenderer.standard()),
        Arguments.of("text", TextRenderer.standard()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderers")
  void namesTheFirstAndTheLastOrder(String name, BriefingRenderer renderer) {
    String out = renderer.render(MINIMAL.withImpacts(Impact.of(1, "One."), Impact.of(10, "Ten.")));
    assertThat(out).contains("First-order:", "Tenth-order:");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("renderers")
  void refusesAnOrderBelowOneOrAboveTenWithThePathOfTheImpact(String name, BriefingRenderer renderer) {
    assertThatThrownBy(() -> renderer.render(MINIMAL.withImpacts(Impact.of(1, "ok"), Impact.of(0, "zero"))))
        .isInstanceOfSatisfying(BriefingValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::message)
            .containsExactly(tuple("impacts[1].order",
                "must be between 1 and 10 to be rendered, but was 0")));
    assertThatThrownBy(() -> renderer.render(MINIMAL.withImpacts(Impact.of(11, "eleven"))))
        .isInstanceOfSatisfying(BriefingValidationException.class, e -> assertThat(e.violations())
            .extracting(Violation::path, Violation::message)
            .containsExactly(tuple("impacts[0].order",
                "must be between 1 and 10 to be rendered, but was 11")));
  }
}

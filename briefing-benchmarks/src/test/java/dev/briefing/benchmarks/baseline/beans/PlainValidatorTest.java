package dev.briefing.benchmarks.baseline.beans;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.benchmarks.Workload;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PlainValidatorTest {
  private final Validator validator = PlainValidator.create();

  @ParameterizedTest
  @EnumSource(Workload.class)
  void theWorkloadsAsBeansAreValid(Workload workload) {
    assertThat(validator.validate(BeanMapping.toBean(workload.briefing()))).isEmpty();
  }

  @Test
  void theBeansCarryTheModelsConstraints() {
    BriefingBean bean = BeanMapping.toBean(Workload.SEED.briefing());
    bean.setSignal(" ");
    bean.getImpacts().get(1).setOrder(11);
    bean.getFigures().get(0).setLabel("x".repeat(501));

    Set<ConstraintViolation<BriefingBean>> found = validator.validate(bean);

    assertThat(found).extracting(v -> v.getPropertyPath().toString())
        .containsExactlyInAnyOrder("signal", "impacts[1].order", "figures[0].label");
  }
}

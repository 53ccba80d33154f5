package dev.briefing.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The build runs these tests on the module path (surefire's default when a module-info exists);
 * this pins that down, so that every validation test in this module also proves Hibernate
 * Validator and the Immutables-generated classes work inside the named module.
 * Tagged {@code module-path} so that runs on the class path (mutation testing) leave it out.
 */
@Tag("module-path")
class ModulePathTest {

  @Test
  void modelRunsInsideTheNamedModule() {
    Module module = Briefing.class.getModule();
    assertThat(module.isNamed()).isTrue();
    assertThat(module.getName()).isEqualTo("dev.briefing.core");
    assertThat(module.getDescriptor().exports()).filteredOn(e -> !e.isQualified()).extracting(e -> e.source())
        .containsExactlyInAnyOrder("dev.briefing.core", "dev.briefing.core.format");
    // The internals shared: the line reader, with the NDJSON reader and the Flink job; the
    // validation, with the JSON reader only, to check plain text as it reads.
    assertThat(module.getDescriptor().exports()).filteredOn(e -> e.isQualified())
        .extracting(e -> e.source() + " to " + new TreeSet<>(e.targets()))
        .containsExactlyInAnyOrder("dev.briefing.core.internal.lines to [dev.briefing.flink, dev.briefing.json]",
            "dev.briefing.core.internal.validation to [dev.briefing.json]");
  }

  @Test
  void validationNeedsNoProviderOnlyTheApi() {
    assertThat(Briefing.class.getModule().getDescriptor().requires()).extracting(r -> r.name())
        .contains("jakarta.validation")
        .doesNotContain("org.hibernate.validator");
  }

  @Test
  void aProviderFindsTheModelsConstraintsInsideTheNamedModule() {
    assertThat(jakarta.validation.Validation.buildDefaultValidatorFactory().getValidator()
        .validate(Briefing.builder().signal(" ").whatHappened("w").build())).hasSize(1);
  }
}

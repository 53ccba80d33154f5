package dev.briefing.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.json.BriefingJson;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * The build runs these tests on the module path (surefire's default when a module-info exists);
 * this pins that down, so that every test here also proves that Jackson 3 finds the module
 * through the module descriptor, that the codec finds its backend across modules, and that the
 * wire shape's internals reach this module by the qualified exports and no other way.
 * Tagged {@code module-path} so that runs on the class path (mutation testing) leave it out.
 */
@Tag("module-path")
class ModulePathTest {

  @Test
  void theModuleAndJacksonAreNamedModules() {
    assertThat(BriefingModule.class.getModule().getName()).isEqualTo("dev.briefing.jackson3");
    assertThat(JsonMapper.class.getModule().getName()).isEqualTo("tools.jackson.databind");
    assertThat(BriefingJson.class.getModule().getName()).isEqualTo("dev.briefing.json");
  }

  @Test
  void onlyThePublicPackageIsExportedAndTheModuleIsProvided() {
    ModuleDescriptor descriptor = BriefingModule.class.getModule().getDescriptor();

    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.briefing.jackson3");
    assertThat(descriptor.provides()).extracting(ModuleDescriptor.Provides::service)
        .contains(JacksonModule.class.getName(), "dev.briefing.json.internal.wire.JsonBackend");
  }

  @Test
  void theWireShapeIsExportedToTheBackendsOnly() {
    ModuleDescriptor json = BriefingJson.class.getModule().getDescriptor();

    assertThat(json.exports()).filteredOn(e -> e.source().startsWith("dev.briefing.json.internal"))
        .allSatisfy(e -> assertThat(e.targets()).containsExactlyInAnyOrder("dev.briefing.jackson2", "dev.briefing.jackson3"));
    assertThat(json.exports()).filteredOn(e -> !e.isQualified()).extracting(ModuleDescriptor.Exports::source)
        .containsExactly("dev.briefing.json");
  }

  @Test
  void findAndAddModulesFindsTheModuleOnTheModulePath() {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Briefing seed = SeedBriefing.briefing();

    assertThat(mapper.registeredModules()).anyMatch(m -> m instanceof BriefingModule);
    assertThat(mapper.readValue(mapper.writeValueAsString(seed), Briefing.class)).isEqualTo(seed);
  }

  @Test
  void theCodecFindsThisBackendOnTheModulePath() {
    assertThat(BriefingJson.create().backend()).isEqualTo("jackson3");
    assertThat(BriefingJson.create().read(BriefingJson.create().write(SeedBriefing.briefing())))
        .isEqualTo(SeedBriefing.briefing());
  }
}

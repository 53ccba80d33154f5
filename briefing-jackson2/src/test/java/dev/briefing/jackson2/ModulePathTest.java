package dev.briefing.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.json.BriefingJson;
import java.lang.module.ModuleDescriptor;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/**
 * The build runs these tests on the module path (surefire's default when a module-info exists);
 * this pins that down, so that every test here also proves that Jackson 2 finds the module
 * through the module descriptor, that the codec finds its backend across modules, and that the
 * wire shape's internals reach this module by the qualified exports and no other way.
 * Tagged {@code module-path} so that runs on the class path (mutation testing) leave it out.
 */
@Tag("module-path")
class ModulePathTest {

  @Test
  void theModuleAndJacksonAreNamedModules() {
    assertThat(BriefingModule.class.getModule().getName()).isEqualTo("dev.briefing.jackson2");
    assertThat(JsonMapper.class.getModule().getName()).isEqualTo("com.fasterxml.jackson.databind");
    assertThat(BriefingJson.class.getModule().getName()).isEqualTo("dev.briefing.json");
  }

  @Test
  void onlyThePublicPackageIsExportedAndTheModuleIsProvided() {
    ModuleDescriptor descriptor = BriefingModule.class.getModule().getDescriptor();

    assertThat(descriptor.exports()).extracting(ModuleDescriptor.Exports::source).containsExactly("dev.briefing.jackson2");
    assertThat(descriptor.provides()).extracting(ModuleDescriptor.Provides::service)
        .contains(com.fasterxml.jackson.databind.Module.class.getName(), "dev.briefing.json.internal.wire.JsonBackend");
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
  void findAndRegisterModulesFindsTheModuleOnTheModulePath() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().findAndAddModules().build();
    Briefing seed = SeedBriefing.briefing();

    assertThat(mapper.getRegisteredModuleIds()).contains(BriefingModule.class.getName());
    assertThat(mapper.readValue(mapper.writeValueAsString(seed), Briefing.class)).isEqualTo(seed);
  }

  @Test
  void theCodecFindsThisBackendOnTheModulePath() throws Exception {
    assertThat(BriefingJson.create().backend()).isEqualTo("jackson2");
    assertThat(BriefingJson.create().read(BriefingJson.create().write(SeedBriefing.briefing())))
        .isEqualTo(SeedBriefing.briefing());
  }
}

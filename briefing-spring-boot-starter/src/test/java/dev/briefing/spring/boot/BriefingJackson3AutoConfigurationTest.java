package dev.briefing.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.jackson3.BriefingModule;
import dev.briefing.json.BriefingJson;
import dev.briefing.spring.ReadFailureTranslator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import tools.jackson.databind.json.JsonMapper;

class BriefingJackson3AutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(BriefingJackson3AutoConfiguration.class, JacksonAutoConfiguration.class));

  @Test
  void bootsJsonMapperWritesBriefingsAsTheWireJson() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(BriefingModule.class).hasSingleBean(ReadFailureTranslator.class);
      assertThat(context.getBean(JsonMapper.class).writeValueAsString(SeedBriefing.briefing()))
          .isEqualTo(BriefingJson.create().write(SeedBriefing.briefing()));
    });
  }

  @Test
  void anApplicationsOwnModuleReplacesTheStarters() {
    BriefingModule own = new BriefingModule();
    runner.withBean(BriefingModule.class, () -> own)
        .run(context -> assertThat(context.getBean(BriefingModule.class)).isSameAs(own));
  }

  @Test
  void withoutJackson3ThereIsNoModule() {
    runner.withClassLoader(new FilteredClassLoader(JsonMapper.class))
        .run(context -> assertThat(context).doesNotHaveBean(BriefingModule.class)
            .doesNotHaveBean(ReadFailureTranslator.class));
  }
}

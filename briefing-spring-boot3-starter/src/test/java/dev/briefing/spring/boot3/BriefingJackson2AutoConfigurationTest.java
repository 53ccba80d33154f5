package dev.briefing.spring.boot3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.briefing.core.testing.SeedBriefing;
import dev.briefing.json.BriefingJson;
import dev.briefing.jackson2.BriefingModule;
import dev.briefing.spring.ReadFailureTranslator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class BriefingJackson2AutoConfigurationTest {

  private final ApplicationContextRunner runner = new ApplicationContextRunner().withConfiguration(
      AutoConfigurations.of(BriefingJackson2AutoConfiguration.class, JacksonAutoConfiguration.class));

  @Test
  void bootsObjectMapperWritesBriefingsAsTheWireJson() {
    runner.run(context -> {
      assertThat(context).hasSingleBean(BriefingModule.class).hasSingleBean(ReadFailureTranslator.class);
      assertThat(context.getBean(ObjectMapper.class).writeValueAsString(SeedBriefing.briefing()))
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
  void withoutJackson2ThereIsNoModule() {
    runner.withClassLoader(new FilteredClassLoader(ObjectMapper.class))
        .run(context -> assertThat(context).doesNotHaveBean(BriefingModule.class)
            .doesNotHaveBean(ReadFailureTranslator.class));
  }
}

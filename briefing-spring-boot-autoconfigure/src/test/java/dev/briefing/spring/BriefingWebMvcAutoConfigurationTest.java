package dev.briefing.spring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.FormatRegistry;
import dev.briefing.json.JsonFormat;
import dev.briefing.spring.internal.InputTooLargeException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.util.unit.DataSize;
import org.springframework.web.servlet.DispatcherServlet;

class BriefingWebMvcAutoConfigurationTest {

  private static final AutoConfigurations STARTER = AutoConfigurations.of(
      BriefingFormatsAutoConfiguration.class, BriefingWebMvcAutoConfiguration.class);

  private final WebApplicationContextRunner web = new WebApplicationContextRunner().withConfiguration(STARTER);

  @Test
  void aServletApplicationGetsTheConverterOverTheRegistryAndTheProblemHandler() {
    web.run(context -> {
      assertThat(context).hasSingleBean(BriefingHttpMessageConverter.class).hasSingleBean(BriefingProblemHandler.class);
      assertThat(context.getBean(BriefingHttpMessageConverter.class).formats())
          .isSameAs(context.getBean(FormatRegistry.class));
    });
  }

  @Test
  void theConverterOffersJsonFirst() {
    web.run(context -> assertThat(context.getBean(BriefingHttpMessageConverter.class)
            .getSupportedMediaTypes(Briefing.class))
        .first().isEqualTo(MediaType.APPLICATION_JSON));
  }

  @Test
  void anApplicationThatIsNotAServletOneGetsNoWebBeans() {
    new ApplicationContextRunner().withConfiguration(STARTER)
        .run(context -> assertThat(context).hasSingleBean(FormatRegistry.class)
            .doesNotHaveBean(BriefingHttpMessageConverter.class).doesNotHaveBean(BriefingProblemHandler.class));
  }

  @Test
  void withoutSpringMvcThereAreNoWebBeans() {
    web.withClassLoader(new FilteredClassLoader(DispatcherServlet.class))
        .run(context -> assertThat(context).doesNotHaveBean(BriefingHttpMessageConverter.class));
  }

  @Test
  void anApplicationsOwnConverterReplacesTheStarters() {
    BriefingHttpMessageConverter own = new BriefingHttpMessageConverter(
        FormatRegistry.of(new JsonFormat()), DataSize.ofKilobytes(1));
    web.withBean(BriefingHttpMessageConverter.class, () -> own)
        .run(context -> assertThat(context.getBean(BriefingHttpMessageConverter.class)).isSameAs(own));
  }

  @Test
  void anApplicationsOwnProblemHandlerReplacesTheStarters() {
    BriefingProblemHandler own = new BriefingProblemHandler(List.of());
    web.withBean(BriefingProblemHandler.class, () -> own)
        .run(context -> assertThat(context.getBean(BriefingProblemHandler.class)).isSameAs(own));
  }

  @Test
  void theConverterRefusesABodyOverTheInputLimit() {
    web.withPropertyValues("briefing.max-input-size=2KB").run(context -> {
      BriefingHttpMessageConverter converter = context.getBean(BriefingHttpMessageConverter.class);
      MockHttpInputMessage big = new MockHttpInputMessage(new byte[2049]);
      big.getHeaders().setContentType(MediaType.APPLICATION_JSON);
      assertThatThrownBy(() -> converter.read(Briefing.class, big))
          .isInstanceOf(HttpMessageNotReadableException.class)
          .hasCauseInstanceOf(InputTooLargeException.class)
          .hasMessageContaining("larger than the limit of 2048 bytes (briefing.max-input-size)");
    });
  }
}

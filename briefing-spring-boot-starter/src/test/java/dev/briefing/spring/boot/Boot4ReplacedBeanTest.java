package dev.briefing.spring.boot;

import dev.briefing.spring.replaced.FrenchMarkdownConfiguration;
import dev.briefing.spring.replaced.ReplacedBeanContract;
import dev.briefing.spring.web.SampleApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** An application's own bean replaces the starter's, on Spring Boot 4. */
@SpringBootTest(classes = {SampleApplication.class, FrenchMarkdownConfiguration.class})
@AutoConfigureMockMvc
class Boot4ReplacedBeanTest extends ReplacedBeanContract {}

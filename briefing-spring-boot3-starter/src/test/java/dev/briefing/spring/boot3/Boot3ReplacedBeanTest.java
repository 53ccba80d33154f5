package dev.briefing.spring.boot3;

import dev.briefing.spring.replaced.FrenchMarkdownConfiguration;
import dev.briefing.spring.replaced.ReplacedBeanContract;
import dev.briefing.spring.web.SampleApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** An application's own bean replaces the starter's, on Spring Boot 3.5. */
@SpringBootTest(classes = {SampleApplication.class, FrenchMarkdownConfiguration.class})
@AutoConfigureMockMvc
class Boot3ReplacedBeanTest extends ReplacedBeanContract {}

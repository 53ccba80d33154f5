package dev.briefing.spring.boot;

import dev.briefing.spring.web.SampleApplication;
import dev.briefing.spring.web.WebContract;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/** The web contract on Spring Boot 4 with Jackson 3. */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
class Boot4WebTest extends WebContract {}

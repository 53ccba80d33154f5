package dev.briefing.spring.boot3;

import dev.briefing.spring.web.SampleApplication;
import dev.briefing.spring.web.WebContract;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** The web contract on Spring Boot 3.5 with Jackson 2. */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
class Boot3WebTest extends WebContract {}

package dev.briefing.spring.boot;

import dev.briefing.spring.web.BootValidatorContract;
import dev.briefing.spring.web.SampleApplication;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** Boot 4's own Validator agrees with BriefingValidator. */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
class Boot4ValidatorTest extends BootValidatorContract {}

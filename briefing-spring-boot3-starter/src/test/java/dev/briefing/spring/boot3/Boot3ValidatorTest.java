package dev.briefing.spring.boot3;

import dev.briefing.spring.web.BootValidatorContract;
import dev.briefing.spring.web.SampleApplication;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/** Boot 3.5's own Validator agrees with BriefingValidator. */
@SpringBootTest(classes = SampleApplication.class)
@AutoConfigureMockMvc
class Boot3ValidatorTest extends BootValidatorContract {}

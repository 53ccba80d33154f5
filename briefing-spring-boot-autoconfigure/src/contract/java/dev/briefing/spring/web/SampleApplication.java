package dev.briefing.spring.web;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** An application that adds nothing to the starter but {@link SampleController}. */
@SpringBootApplication
public class SampleApplication {}

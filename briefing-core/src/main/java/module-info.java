/**
 * The briefing model, its validation, and the format SPI.
 *
 * <pre>{@code
 * Briefing briefing = Briefing.builder().signal("...").whatHappened("...").build();
 * BriefingValidator.standard().requireValid(briefing);
 * }</pre>
 */
module dev.briefing.core {
  requires transitive jakarta.validation;
  requires org.hibernate.validator;
  requires java.logging;
  requires static org.immutables.value.annotations;
  // Only the annotation that makes a mapper without our module refuse the model.
  requires static com.fasterxml.jackson.annotation;

  exports dev.briefing.core;
  exports dev.briefing.core.format;

  // Hibernate Validator reads constraints and calls accessors reflectively.
  opens dev.briefing.core to org.hibernate.validator;
  opens dev.briefing.core.internal.validation to org.hibernate.validator;

  uses dev.briefing.core.format.BriefingFormat;
}

/**
 * JavaBeans with the same constraints as the core model, for the plain Hibernate Validator
 * baseline.
 *
 * <pre>{@code
 * Validator validator = PlainValidator.create();
 * Set<ConstraintViolation<BriefingBean>> found = validator.validate(BeanMapping.toBean(briefing));
 * }</pre>
 */
package dev.briefing.benchmarks.baseline.beans;

package dev.briefing.core.internal.validation;

import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;

/**
 * Makes Hibernate Validator read a generated value class ({@code ImmutableBriefing}) as the
 * annotated model type it extends ({@code Briefing}). The generated class only adds builders,
 * copies, fields and {@code equals}; the constraints all sit on the model type, whose accessors
 * dispatch to the generated ones. Reading only the model types keeps every generated method out
 * of the metadata built at start-up. Any other class is left as it is.
 */
final class AnnotatedTypeNormalizer implements BeanMetaDataClassNormalizer {
  static final AnnotatedTypeNormalizer INSTANCE = new AnnotatedTypeNormalizer();

  private AnnotatedTypeNormalizer() {}

  @Override
  @SuppressWarnings("unchecked")
  public <T> Class<? super T> normalize(Class<T> beanClass) {
    for (Class<?> model : ModelTypes.ALL) {
      if (model.isAssignableFrom(beanClass)) {
        return (Class<? super T>) model;
      }
    }
    return beanClass;
  }
}

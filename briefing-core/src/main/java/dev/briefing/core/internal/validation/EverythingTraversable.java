package dev.briefing.core.internal.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Lets validation reach and cascade into every property. The model has no lazily loaded
 * persistent state, so there is nothing to decide; Hibernate Validator's default resolver would
 * first look for JPA on the class path at start-up. The answer costs nothing, so Hibernate
 * Validator is also told not to cache it.
 */
final class EverythingTraversable implements TraversableResolver {
  static final EverythingTraversable INSTANCE = new EverythingTraversable();

  private EverythingTraversable() {}

  @Override
  public boolean isReachable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
      ElementType elementType) {
    return true;
  }

  @Override
  public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBeanType, Path pathToProperty,
      ElementType elementType) {
    return true;
  }
}

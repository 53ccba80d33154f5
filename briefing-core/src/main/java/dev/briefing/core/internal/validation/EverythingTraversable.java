package dev.briefing.core.internal.validation;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Lets validation reach and cascade into every property. The model has no lazily loaded
 * persistent state, so Hibernate Validator's default, which looks for JPA at start-up and asks
 * it about every property, has nothing to decide.
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

package dev.briefing.core.internal.validation;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Treats the model's record-style accessors ({@code signal()}, {@code impacts()}) as properties.
 *
 * <p>Hibernate Validator's default only sees {@code get*}/{@code is*} methods, so without this
 * every constraint on the model would be silently ignored.
 */
final class AccessorPropertySelection implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES =
      Set.of("hashCode", "toString", "getClass", "clone", "builder", "isEmpty", "isRange", "describe");

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    if (executable.getParameterTypes().length != 0
        || executable.getReturnType() == void.class
        || NOT_PROPERTIES.contains(executable.getName())) {
      return Optional.empty();
    }
    return Optional.of(executable.getName());
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }
}

package dev.briefing.core.internal.validation;

import dev.briefing.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The one Hibernate Validator instance behind {@code BriefingValidator}, built on first use. */
public final class BeanValidation {

  private BeanValidation() {}

  /**
   * Validates any model object.
   *
   * @param value a briefing or one of its parts
   * @return the violations, sorted by path then message
   */
  public static List<Violation> violations(Object value) {
    Set<ConstraintViolation<Object>> found = Holder.VALIDATOR.validate(value);
    return found.stream()
        .map(v -> Violation.of(path(v.getPropertyPath()), v.getMessage()))
        .sorted(Comparator.comparing(Violation::path, PathOrder.INSTANCE).thenComparing(Violation::message))
        .toList();
  }

  /** Formats a path as {@code impacts[1].text}, leaving out container-element nodes' names. */
  static String path(Path path) {
    StringBuilder out = new StringBuilder();
    for (Path.Node node : path) {
      if (node.getIndex() != null) {
        out.append('[').append(node.getIndex()).append(']');
      } else if (node.getKey() != null) {
        out.append('[').append(node.getKey()).append(']');
      }
      String name = node.getName();
      if (name != null && node.getKind() != jakarta.validation.ElementKind.CONTAINER_ELEMENT) {
        if (out.length() > 0) {
          out.append('.');
        }
        out.append(name);
      }
    }
    return out.toString();
  }

  private static final class Holder {
    static final Validator VALIDATOR = create();

    private static Validator create() {
      QuietStartup.silenceVersionBanner();
      ValidatorFactory factory = Validation.byProvider(HibernateValidator.class)
          // An explicit resolver: ServiceLoader lookup of the provider is not needed (and on the
          // module path would need a uses clause in every caller's module).
          .providerResolver(() -> List.of(new HibernateValidator()))
          .configure()
          .ignoreXmlConfiguration()
          .messageInterpolator(new ParameterMessageInterpolator())
          .getterPropertySelectionStrategy(new AccessorPropertySelection())
          .buildValidatorFactory();
      return factory.getValidator();
    }
  }
}

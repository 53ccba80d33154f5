package dev.briefing.core.internal.validation;

import dev.briefing.core.Violation;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/** The one Hibernate Validator instance behind {@code BriefingValidator}, built on first use. */
public final class BeanValidation {

  private BeanValidation() {}

  /**
   * Validates any model object.
   *
   * @param value a briefing or one of its parts (an instance of a {@code ModelTypes.ALL} type;
   *     the validator knows no other)
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

    /**
     * A predefined-scope factory: it is told the model types and the built-in constraints they
     * use, so it sets up only those (a default factory registers every built-in constraint and
     * its validators, about 250 classes). It builds the model's metadata at once, which the
     * first validation needs anyway. Nothing here is global: a factory the application builds
     * for itself is not affected.
     */
    private static Validator create() {
      QuietStartup.silenceVersionBanner();
      return Validation.byProvider(PredefinedScopeHibernateValidator.class)
          // An explicit resolver: ServiceLoader lookup of the provider is not needed (and on the
          // module path would need a uses clause in every caller's module).
          .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
          .configure()
          .ignoreXmlConfiguration()
          .messageInterpolator(new ParameterMessageInterpolator())
          .traversableResolver(EverythingTraversable.INSTANCE)
          .enableTraversableResolverResultCache(false)
          .getterPropertySelectionStrategy(new AccessorPropertySelection())
          .beanMetaDataClassNormalizer(AnnotatedTypeNormalizer.INSTANCE)
          .initializeBeanMetaData(Set.copyOf(ModelTypes.ALL))
          .builtinConstraints(ModelTypes.BUILTIN_CONSTRAINTS)
          .buildValidatorFactory()
          .getValidator();
    }
  }
}

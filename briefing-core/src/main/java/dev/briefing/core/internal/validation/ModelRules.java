package dev.briefing.core.internal.validation;

import dev.briefing.core.Briefing;
import dev.briefing.core.Violation;
import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names every violation of the model's constraint annotations without a Bean Validation
 * provider: the annotations are read once, by reflection, into checks per property, and a
 * briefing is then walked part by part in document order.
 *
 * <p>This is what lets {@code BriefingValidator} name violations without starting a provider,
 * and what {@link AccessorConstraints} runs inside any provider, which would otherwise not see
 * constraints on accessors such as {@code signal()}. Its meaning of the annotations is held to
 * Hibernate Validator's by a test that runs both over generated briefings.
 *
 * <p>A list longer than the maximum of its {@code @Size} is one violation at the list's path,
 * and only its first elements, up to that maximum, are checked one by one: the number of
 * violations is bounded by the limits, so naming them takes time linear in the input whatever
 * it holds, here and in a provider.
 */
public final class ModelRules {

  private ModelRules() {}

  /**
   * Every violation, type-level rules included, in document order.
   *
   * @param value a briefing or one of its parts (an instance of a {@code ModelTypes.ALL} type)
   * @return the violations; empty when there is none
   */
  public static List<Violation> violations(Object value) {
    List<Found> found = new ArrayList<>();
    walk(value, modelType(value), null, true, found, new long[1]);
    // Stable: violations at one path keep the order of their annotations.
    found.sort((a, b) -> DocumentOrder.INSTANCE.compare(a.path(), b.path()));
    List<Violation> violations = new ArrayList<>(found.size());
    for (Found f : found) {
      violations.add(Violation.of(f.path() == null ? "" : f.path().toString(), f.message()));
    }
    return violations;
  }

  /**
   * Adds every violation of the property constraints to a provider's context. Type-level rules
   * are left to the provider, which reads those annotations itself.
   *
   * @return whether there was none
   */
  static boolean report(Object value, ConstraintValidatorContext context) {
    if (value instanceof Briefing briefing && FastValidity.isValid(briefing)) {
      return true;
    }
    List<Found> found = new ArrayList<>();
    walk(value, modelType(value), null, false, found, new long[1]);
    if (found.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Found f : found) {
      ViolationPath.addTo(context, f.path(), f.message());
    }
    return false;
  }

  /**
   * How many constraint checks naming the violations of a value runs, type-level rules
   * included: the work the walk does, counted, so that a test can prove it linear in the input
   * (and bounded by the limits) without timing it.
   *
   * @param value a briefing or one of its parts
   * @return the number of checks run
   */
  static long checksRun(Object value) {
    long[] checks = new long[1];
    walk(value, modelType(value), null, true, new ArrayList<>(), checks);
    return checks[0];
  }

  private record Found(ViolationPath path, String message) {}

  private enum Shape { VALUE, OPTIONAL, LIST }

  /**
   * @param checks the constraints on the property itself (on a list: on the list)
   * @param elementChecks the constraints on an optional's value or a list's elements
   * @param cascade the model type validation continues into (the value's or the elements'), or null
   * @param maxElements how many elements of a list are checked one by one
   */
  private record Property(String name, Method accessor, Shape shape, List<ConstraintCheck> checks,
      List<ConstraintCheck> elementChecks, Class<?> cascade, int maxElements) {

    Object read(Object bean) {
      try {
        return accessor.invoke(bean);
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new IllegalStateException("Cannot read " + name + " of " + bean.getClass().getName(), e);
      }
    }
  }

  private record TypeRules(List<Property> properties, List<ElementProblems<Object>> typeLevel) {}

  private static final class Holder {
    static final Map<Class<?>, TypeRules> RULES = compile();
  }

  private static void walk(Object bean, Class<?> type, ViolationPath at, boolean typeLevel, List<Found> found,
      long[] checks) {
    TypeRules rules = Holder.RULES.get(type);
    if (typeLevel) {
      for (ElementProblems<Object> rule : rules.typeLevel()) {
        checks[0] += rule.problems(bean, (list, index, property, message) -> found.add(new Found(
            ViolationPath.property(ViolationPath.element(ViolationPath.property(at, list), index), property), message)));
      }
    }
    for (Property property : rules.properties()) {
      Object value = property.read(bean);
      ViolationPath here = ViolationPath.property(at, property.name());
      check(property.checks(), value, here, found, checks);
      switch (property.shape()) {
        case OPTIONAL -> check(property.elementChecks(), ((Optional<?>) value).orElse(null), here, found, checks);
        case LIST -> {
          List<?> elements = (List<?>) value;
          int checked = Math.min(elements.size(), property.maxElements());
          for (int i = 0; i < checked; i++) {
            ViolationPath element = ViolationPath.element(here, i);
            check(property.elementChecks(), elements.get(i), element, found, checks);
            if (property.cascade() != null) {
              walk(elements.get(i), property.cascade(), element, typeLevel, found, checks);
            }
          }
        }
        case VALUE -> {
          if (property.cascade() != null) {
            walk(value, property.cascade(), here, typeLevel, found, checks);
          }
        }
      }
    }
  }

  private static void check(List<ConstraintCheck> checks, Object value, ViolationPath at, List<Found> found,
      long[] run) {
    run[0] += checks.size();
    for (ConstraintCheck check : checks) {
      String problem = check.problem(value);
      if (problem != null) {
        found.add(new Found(at, problem));
      }
    }
  }

  private static Class<?> modelType(Object value) {
    for (Class<?> type : ModelTypes.ALL) {
      if (type.isInstance(value)) {
        return type;
      }
    }
    throw new IllegalArgumentException("Not a part of a briefing: " + value.getClass().getName());
  }

  private static Map<Class<?>, TypeRules> compile() {
    Map<Class<?>, TypeRules> rules = new HashMap<>();
    for (Class<?> type : ModelTypes.ALL) {
      List<Property> properties = new ArrayList<>();
      for (String name : ModelTypes.PROPERTIES.get(type)) {
        properties.add(property(type, name));
      }
      rules.put(type, new TypeRules(List.copyOf(properties), typeLevel(type)));
    }
    return Map.copyOf(rules);
  }

  private static Property property(Class<?> type, String name) {
    Method accessor;
    try {
      accessor = type.getMethod(name);
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException(type.getSimpleName() + " has no property " + name, e);
    }
    Class<?> returned = accessor.getReturnType();
    Shape shape = returned == Optional.class ? Shape.OPTIONAL : returned == List.class ? Shape.LIST : Shape.VALUE;
    List<ConstraintCheck> checks = checks(accessor.getAnnotations());
    int maxElements = Integer.MAX_VALUE;
    Size size = accessor.getAnnotation(Size.class);
    if (shape == Shape.LIST && size != null) {
      maxElements = size.max();
    }
    if (shape == Shape.VALUE) {
      Class<?> cascade = accessor.isAnnotationPresent(Valid.class) ? modelClass(returned) : null;
      return new Property(name, accessor, shape, checks, List.of(), cascade, maxElements);
    }
    AnnotatedType element = ((AnnotatedParameterizedType) accessor.getAnnotatedReturnType())
        .getAnnotatedActualTypeArguments()[0];
    Class<?> cascade = null;
    if (element.isAnnotationPresent(Valid.class)) {
      if (shape == Shape.OPTIONAL) {
        throw new IllegalStateException("Cascading into an optional is not supported: " + name);
      }
      cascade = modelClass(element.getType() instanceof ParameterizedType p ? (Class<?>) p.getRawType()
          : (Class<?>) element.getType());
    }
    return new Property(name, accessor, shape, checks, checks(element.getAnnotations()), cascade, maxElements);
  }

  private static Class<?> modelClass(Class<?> type) {
    if (!ModelTypes.ALL.contains(type)) {
      throw new IllegalStateException("Validation cascades into " + type.getName() + ", which ModelTypes.ALL lacks");
    }
    return type;
  }

  private static List<ConstraintCheck> checks(Annotation[] annotations) {
    List<ConstraintCheck> checks = new ArrayList<>();
    for (Annotation annotation : annotations) {
      if (annotation.annotationType().isAnnotationPresent(Constraint.class)) {
        checks.add(ConstraintCheck.of(annotation));
      }
    }
    return List.copyOf(checks);
  }

  @SuppressWarnings("unchecked")
  private static List<ElementProblems<Object>> typeLevel(Class<?> type) {
    List<ElementProblems<Object>> rules = new ArrayList<>();
    for (Annotation annotation : type.getAnnotations()) {
      Constraint constraint = annotation.annotationType().getAnnotation(Constraint.class);
      if (constraint == null || annotation instanceof AccessorConstraints) {
        continue;
      }
      Class<?> validator = constraint.validatedBy().length == 1 ? constraint.validatedBy()[0] : Object.class;
      if (!ElementProblems.class.isAssignableFrom(validator)) {
        throw new IllegalStateException("A type-level constraint needs a validator that is ElementProblems: " + annotation);
      }
      try {
        rules.add((ElementProblems<Object>) validator.getDeclaredConstructor().newInstance());
      } catch (InstantiationException | IllegalAccessException | InvocationTargetException | NoSuchMethodException e) {
        throw new IllegalStateException("Cannot create the validator of " + annotation, e);
      }
    }
    return List.copyOf(rules);
  }
}

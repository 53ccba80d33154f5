package dev.briefing.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import jakarta.validation.Constraint;
import jakarta.validation.Valid;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class ModelTypesTest {

  @Test
  void everyBuiltInConstraintOnTheModelIsOneTheValidatorSetsUp() {
    Set<String> builtin = new TreeSet<>();
    for (Class<?> type : ModelTypes.ALL) {
      collectBuiltin(type.getAnnotations(), builtin);
      for (Method method : type.getDeclaredMethods()) {
        collectBuiltin(method.getAnnotations(), builtin);
        collectBuiltin(method.getAnnotatedReturnType(), builtin);
      }
    }

    // Size on text and lists, Min and Max on an impact's order: if the model starts using
    // another built-in constraint, this fails until ModelTypes lists it.
    assertThat(builtin).isNotEmpty().isEqualTo(new TreeSet<>(ModelTypes.BUILTIN_CONSTRAINTS));
  }

  @Test
  void everyModelTypeValidationCascadesIntoIsKnownUpFront() {
    Set<Class<?>> reached = new java.util.HashSet<>();
    reach(Briefing.class, reached);

    assertThat(reached).containsExactlyInAnyOrderElementsOf(ModelTypes.ALL);
  }

  @Test
  void thePropertyOrderListsExactlyThePropertiesThatHaveRules() {
    for (Class<?> type : ModelTypes.ALL) {
      Set<String> withRules = new TreeSet<>();
      for (Method method : type.getDeclaredMethods()) {
        if (hasRule(method.getAnnotations()) || hasRule(elementAnnotations(method))) {
          withRules.add(method.getName());
        }
      }
      assertThat(new TreeSet<>(ModelTypes.PROPERTIES.get(type))).as(type.getSimpleName()).isEqualTo(withRules);
    }
  }

  private static boolean hasRule(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof Valid || annotation.annotationType().isAnnotationPresent(Constraint.class)) {
        return true;
      }
    }
    return false;
  }

  private static Annotation[] elementAnnotations(Method method) {
    return method.getAnnotatedReturnType() instanceof AnnotatedParameterizedType parameterized
        ? parameterized.getAnnotatedActualTypeArguments()[0].getAnnotations()
        : new Annotation[0];
  }

  private static void collectBuiltin(AnnotatedType type, Set<String> into) {
    collectBuiltin(type.getAnnotations(), into);
    if (type instanceof AnnotatedParameterizedType parameterized) {
      for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
        collectBuiltin(argument, into);
      }
    }
  }

  private static void collectBuiltin(Annotation[] annotations, Set<String> into) {
    for (Annotation annotation : annotations) {
      Constraint constraint = annotation.annotationType().getAnnotation(Constraint.class);
      // A built-in constraint names no validator: Hibernate Validator supplies it.
      if (constraint != null && constraint.validatedBy().length == 0) {
        into.add(annotation.annotationType().getName());
      }
    }
  }

  /** Follows {@code @Valid} on accessors and on their element types, as cascading does. */
  private static void reach(Class<?> type, Set<Class<?>> reached) {
    if (!reached.add(type)) {
      return;
    }
    for (Method method : type.getDeclaredMethods()) {
      AnnotatedType returned = method.getAnnotatedReturnType();
      if (method.isAnnotationPresent(Valid.class)) {
        reach(method.getReturnType(), reached);
      }
      if (returned instanceof AnnotatedParameterizedType parameterized
          && (Collection.class.isAssignableFrom(method.getReturnType()) || method.getReturnType() == Optional.class)) {
        for (AnnotatedType argument : parameterized.getAnnotatedActualTypeArguments()) {
          if (argument.isAnnotationPresent(Valid.class)) {
            reach(raw(argument), reached);
          }
        }
      }
    }
  }

  private static Class<?> raw(AnnotatedType type) {
    return type.getType() instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type.getType();
  }
}

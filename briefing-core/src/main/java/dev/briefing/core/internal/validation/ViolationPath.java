package dev.briefing.core.internal.validation;

import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.LeafNodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderCustomizableContext;
import jakarta.validation.ConstraintValidatorContext.ConstraintViolationBuilder.NodeBuilderDefinedContext;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Where a violation is, as a chain from the validated object: properties ({@code metadata},
 * {@code sources}) and list elements ({@code [0]}). It prints as {@code metadata.sources[0].url}
 * and can be added to a Bean Validation context as the same nodes a provider would make.
 *
 * @param parent the path this one extends, or null at the validated object
 * @param property the property's name, or null for a list element
 * @param index the element's index in its list; unused for a property
 */
record ViolationPath(ViolationPath parent, String property, int index) {

  static ViolationPath property(ViolationPath parent, String name) {
    return new ViolationPath(parent, name, -1);
  }

  static ViolationPath element(ViolationPath parent, int index) {
    return new ViolationPath(parent, null, index);
  }

  boolean isElement() {
    return property == null;
  }

  /** @return the steps from the validated object to here */
  Deque<ViolationPath> steps() {
    Deque<ViolationPath> steps = new ArrayDeque<>();
    for (ViolationPath step = this; step != null; step = step.parent) {
      steps.addFirst(step);
    }
    return steps;
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (ViolationPath step : steps()) {
      if (step.isElement()) {
        out.append('[').append(step.index).append(']');
      } else {
        out.append(out.length() > 0 ? "." : "").append(step.property);
      }
    }
    return out.toString();
  }

  /**
   * Adds a violation at this path (null: the validated object itself) to a provider's context.
   * In Bean Validation's builder an index belongs to the node inside the list, so a list
   * element's index is held until the next property, or put on a bean node for an element
   * that is itself the value (a list of strings).
   */
  static void addTo(ConstraintValidatorContext context, ViolationPath path, String message) {
    ConstraintViolationBuilder builder = context.buildConstraintViolationWithTemplate(MessageTemplate.literal(message));
    if (path == null) {
      builder.addConstraintViolation();
      return;
    }
    Object node = builder;
    int pending = -1;
    for (ViolationPath step : path.steps()) {
      if (step.isElement()) {
        pending = step.index;
        continue;
      }
      NodeBuilderCustomizableContext property = addProperty(node, step.property);
      node = pending < 0 ? property : property.inIterable().atIndex(pending);
      pending = -1;
    }
    if (pending >= 0) {
      addBean(node).inIterable().atIndex(pending).addConstraintViolation();
    } else if (node instanceof NodeBuilderCustomizableContext property) {
      property.addConstraintViolation();
    } else {
      ((NodeBuilderDefinedContext) node).addConstraintViolation();
    }
  }

  private static NodeBuilderCustomizableContext addProperty(Object node, String name) {
    if (node instanceof ConstraintViolationBuilder builder) {
      return builder.addPropertyNode(name);
    }
    if (node instanceof NodeBuilderCustomizableContext property) {
      return property.addPropertyNode(name);
    }
    return ((NodeBuilderDefinedContext) node).addPropertyNode(name);
  }

  private static LeafNodeBuilderCustomizableContext addBean(Object node) {
    if (node instanceof ConstraintViolationBuilder builder) {
      return builder.addBeanNode();
    }
    if (node instanceof NodeBuilderCustomizableContext property) {
      return property.addBeanNode();
    }
    return ((NodeBuilderDefinedContext) node).addBeanNode();
  }
}

package dev.briefing.core.internal.validation;

import static org.assertj.core.api.Assertions.assertThat;

import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

class AccessorPropertySelectionTest {

  private final AccessorPropertySelection selection = new AccessorPropertySelection();

  @Test
  void parameterlessAccessorIsThePropertyOfItsName() {
    assertThat(selection.getProperty(method("signal", String.class))).hasValue("signal");
    assertThat(selection.getProperty(method("approximate", boolean.class))).hasValue("approximate");
  }

  @Test
  void methodWithParametersIsNoProperty() {
    assertThat(selection.getProperty(method("withSignal", Object.class, String.class))).isEmpty();
  }

  @Test
  void voidMethodIsNoProperty() {
    assertThat(selection.getProperty(method("checkBounds", void.class))).isEmpty();
  }

  @Test
  void objectMethodsAndModelHelpersAreNoProperties() {
    for (String name : new String[] {"hashCode", "toString", "getClass", "builder", "isEmpty", "isRange", "describe"}) {
      assertThat(selection.getProperty(method(name, Object.class))).as(name).isEmpty();
    }
  }

  @Test
  void theGetterOfAPropertyIsTheMethodOfTheSameName() {
    assertThat(selection.getGetterMethodNameCandidates("impacts")).containsExactly("impacts");
  }

  private static ConstrainableExecutable method(String name, Class<?> returnType, Class<?>... parameters) {
    return new ConstrainableExecutable() {
      @Override
      public Class<?> getReturnType() {
        return returnType;
      }

      @Override
      public String getName() {
        return name;
      }

      @Override
      public Class<?>[] getParameterTypes() {
        return parameters;
      }
    };
  }
}

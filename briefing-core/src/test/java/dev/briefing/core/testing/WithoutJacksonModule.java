package dev.briefing.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Map;

/**
 * What a Jackson mapper without the briefing module must do with every public model type, on
 * either Jackson line: refuse to write it and refuse to read it (its wire form or {@code {}}),
 * each time naming both modules to register. Shared through this module's test-jar.
 *
 * <pre>{@code
 * WithoutJacksonModule.requireRefusals(plain::writeValueAsString, withModule::writeValueAsString, plain::readValue);
 * }</pre>
 */
public final class WithoutJacksonModule {

  /** Writes a value as JSON, as a mapper does. */
  @FunctionalInterface
  public interface Write {
    String json(Object value) throws Exception;
  }

  /** Reads JSON as a type, as a mapper does. */
  @FunctionalInterface
  public interface Read {
    Object value(String json, Class<?> type) throws Exception;
  }

  private WithoutJacksonModule() {}

  /**
   * @param plain a mapper without the module writing
   * @param withModule a mapper with the module writing, for the wire form to read back
   * @param plainRead the mapper without the module reading
   */
  public static void requireRefusals(Write plain, Write withModule, Read plainRead) throws Exception {
    for (Map.Entry<Class<?>, Object> value : PublicModelValues.each().entrySet()) {
      String type = value.getKey().getSimpleName();
      Throwable written = catchThrowableOfType(Exception.class, () -> plain.json(value.getValue()));
      assertThat(written).as("write " + type).isNotNull();
      assertThat(written.getMessage()).as("write " + type)
          .contains("dev.briefing.jackson3.BriefingModule", "dev.briefing.jackson2.BriefingModule");
      for (String json : List.of(withModule.json(value.getValue()), "{}")) {
        Throwable read = catchThrowableOfType(Exception.class, () -> plainRead.value(json, value.getKey()));
        assertThat(read).as("read " + type + " from " + json).isNotNull();
        assertThat(read.getMessage()).as("read " + type + " from " + json)
            .contains("dev.briefing.jackson3.BriefingModule", "dev.briefing.jackson2.BriefingModule");
      }
    }
  }
}

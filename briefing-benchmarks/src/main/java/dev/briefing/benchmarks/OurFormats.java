package dev.briefing.benchmarks;

import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;

/**
 * Our side of every benchmark, reached only through the core SPI, exactly as an application
 * reaches it: the formats the class path provides through {@code ServiceLoader}.
 *
 * <pre>{@code
 * if (OurFormats.has("html")) {
 *   String html = OurFormats.renderer("html").render(briefing);
 * }
 * }</pre>
 */
public final class OurFormats {
  private static final FormatRegistry REGISTRY = FormatRegistry.loadDefault();

  private OurFormats() {}

  /**
   * @param name a format name
   * @return whether that format is on the class path
   */
  public static boolean has(String name) {
    return REGISTRY.find(name).isPresent();
  }

  /**
   * @param name a format name
   * @return whether that format is on the class path and can be written
   */
  public static boolean canWrite(String name) {
    return REGISTRY.find(name).flatMap(f -> f.renderer()).isPresent();
  }

  /**
   * @param name a format name
   * @return whether that format is on the class path and can be read
   */
  public static boolean canRead(String name) {
    return REGISTRY.find(name).flatMap(f -> f.parser()).isPresent();
  }

  /**
   * @param name a format name
   * @return its renderer
   * @throws dev.briefing.core.UnknownFormatException when the format is absent or read-only
   */
  public static BriefingRenderer renderer(String name) {
    return REGISTRY.renderer(name);
  }

  /**
   * @param name a format name
   * @return its parser
   * @throws dev.briefing.core.UnknownFormatException when the format is absent or write-only
   */
  public static BriefingParser parser(String name) {
    return REGISTRY.parser(name);
  }

  /** @return every format found, for what needs the registry itself, such as a converter */
  public static FormatRegistry registry() {
    return REGISTRY;
  }

  /** @return the registered format names */
  public static String names() {
    return REGISTRY.names().toString();
  }
}

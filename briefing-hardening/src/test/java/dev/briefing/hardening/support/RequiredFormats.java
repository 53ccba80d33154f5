package dev.briefing.hardening.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.format.FormatRegistry;
import java.util.ArrayList;
import java.util.List;

/**
 * The formats the hardening tests exercise, reached only through {@link FormatRegistry#loadDefault()}.
 *
 * <p>The list comes from the system property {@code hardening.formats} (set by the module's pom),
 * entries {@code name:roles} where roles are {@code r} (has a parser) and {@code w} (has a
 * renderer), e.g. {@code json:rw,html:w}. Asking for a listed format that the registry lacks
 * fails the test with a message naming it, so a format that drops out of the build cannot pass
 * unnoticed. {@code none} lists nothing.
 *
 * <pre>{@code
 * for (String name : RequiredFormats.readable()) {
 *   Briefing b = RequiredFormats.parser(name).parse(text);
 * }
 * }</pre>
 */
public final class RequiredFormats {

  private static final FormatRegistry REGISTRY = FormatRegistry.loadDefault();

  private RequiredFormats() {}

  /** @return names of listed formats that must read */
  public static List<String> readable() {
    return withRole('r');
  }

  /** @return names of listed formats that must write */
  public static List<String> writable() {
    return withRole('w');
  }

  /** @return names of listed formats that must both read and write */
  public static List<String> roundTrippable() {
    List<String> both = new ArrayList<>(readable());
    both.retainAll(writable());
    return both;
  }

  /**
   * Formats allowed to change valid text that reads as their own syntax: for them the tests
   * require a stable second round trip instead of an equal first one. Every built-in format
   * is exact, so the default is none; a new format without escapes would be listed here. From
   * the system property {@code hardening.lossy}, comma-separated, or {@code none}.
   *
   * @return the names of the lossy formats
   */
  public static List<String> lossy() {
    String spec = System.getProperty("hardening.lossy", "none").strip();
    return spec.isEmpty() || spec.equals("none") ? List.of() : List.of(spec.split(","));
  }

  /** @return whether {@code name} is listed as a format that writes */
  public static boolean writes(String name) {
    return writable().contains(name);
  }

  /** @return the registered parser of a listed format */
  public static BriefingParser parser(String name) {
    return format(name).parser()
        .orElseThrow(() -> new AssertionError("Format '" + name + "' is registered but has no parser"));
  }

  /** @return the registered renderer of a listed format */
  public static BriefingRenderer renderer(String name) {
    return format(name).renderer()
        .orElseThrow(() -> new AssertionError("Format '" + name + "' is registered but has no renderer"));
  }

  private static BriefingFormat format(String name) {
    assertThat(REGISTRY.names())
        .as("format '%s' must be registered through ServiceLoader (is its module on the test path?)", name)
        .contains(name);
    return REGISTRY.byName(name);
  }

  private static List<String> withRole(char role) {
    String spec = System.getProperty("hardening.formats", "json:rw,ndjson:rw,text:rw,markdown:rw,html:rw").strip();
    List<String> names = new ArrayList<>();
    if (spec.isEmpty() || spec.equals("none")) {
      return names;
    }
    for (String entry : spec.split(",")) {
      String[] parts = entry.strip().split(":");
      if (parts.length != 2) {
        throw new IllegalArgumentException("hardening.formats entry must be name:roles, but was '" + entry + "'");
      }
      if (parts[1].indexOf(role) >= 0) {
        names.add(parts[0]);
      }
    }
    return names;
  }
}

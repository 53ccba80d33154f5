package dev.briefing.json.internal.wire;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * Which {@link JsonBackend} a codec runs on: the one named by the codec's own option, else the
 * one named by the system property {@value #PROPERTY}, else the present one of highest
 * precedence (Jackson 3 before Jackson 2). None present, or a name that is not present, is an
 * {@link IllegalStateException} that says which artifact to add.
 */
public final class Backends {

  /** The system property that picks a backend by name when a codec does not. */
  public static final String PROPERTY = "dev.briefing.json.backend";

  private static final String NONE = "no JSON backend found: add the artifact dev.briefing:briefing-jackson3"
      + " (for Jackson 3) or dev.briefing:briefing-jackson2 (for Jackson 2)";

  private static volatile List<JsonBackend> present;

  private Backends() {}

  /**
   * @param name the backend a codec was told to use, or null
   * @return the backend to use
   */
  public static JsonBackend select(String name) {
    List<JsonBackend> backends = present();
    String wanted = name != null ? name : System.getProperty(PROPERTY);
    if (wanted == null || wanted.isBlank()) {
      if (backends.isEmpty()) {
        throw new IllegalStateException(NONE);
      }
      return backends.get(0);
    }
    for (JsonBackend backend : backends) {
      if (backend.name().equals(wanted.trim())) {
        return backend;
      }
    }
    if (backends.isEmpty()) {
      throw new IllegalStateException(NONE);
    }
    throw new IllegalStateException("no JSON backend named '" + wanted + "'; present: "
        + backends.stream().map(JsonBackend::name).collect(Collectors.joining(", "))
        + " (briefing-jackson3 provides jackson3, briefing-jackson2 provides jackson2)");
  }

  private static List<JsonBackend> present() {
    List<JsonBackend> backends = present;
    if (backends == null) {
      List<JsonBackend> found = new ArrayList<>();
      ServiceLoader.load(JsonBackend.class, Backends.class.getClassLoader()).forEach(found::add);
      if (found.isEmpty()) {
        // On the module path the loader above sees only this module's layer; ask the thread's too.
        ServiceLoader.load(JsonBackend.class).forEach(found::add);
      }
      found.sort(Comparator.comparingInt(JsonBackend::precedence).reversed());
      backends = List.copyOf(found);
      present = backends;
    }
    return backends;
  }
}

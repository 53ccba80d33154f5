package dev.briefing.json.internal;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The {@code schemaVersion} rules: "MAJOR.MINOR"; a reader reads every minor version of its
 * major (properties added by a newer minor are unknown properties to it) and rejects any other
 * major with a message that says what to do.
 */
public final class SchemaVersion {

  public static final int MAJOR = 1;
  public static final int MINOR = 0;
  /** What a document without any 1.1 part declares, so that a 1.0 reader reads it as before. */
  public static final String CURRENT = MAJOR + "." + MINOR;
  /** What a document with a 1.1 part declares (likelihood, confidence, horizon, alternative views, signposts). */
  public static final String EDITORIAL = MAJOR + ".1";

  private static final Pattern FORM = Pattern.compile("(0|[1-9][0-9]{0,8})\\.(0|[1-9][0-9]{0,8})");

  private SchemaVersion() {}

  /**
   * @param text the schemaVersion as read
   * @return what is wrong with it, or empty when this reader can read documents of that version
   */
  public static Optional<String> problem(String text) {
    if (text.equals(CURRENT) || text.equals(EDITORIAL)) {
      // What this library writes: every briefing of a batch would otherwise run the pattern.
      return Optional.empty();
    }
    Matcher m = FORM.matcher(text);
    if (!m.matches()) {
      return Optional.of("expected a schemaVersion such as \"" + CURRENT + "\" but was \""
          + Problems.shorten(text) + "\"");
    }
    int major = Integer.parseInt(m.group(1));
    if (major > MAJOR) {
      return Optional.of("schemaVersion " + text + " is newer than this reader, which reads "
          + MAJOR + ".x; upgrade briefing-json to read it");
    }
    if (major < MAJOR) {
      return Optional.of("schemaVersion " + text + " is not supported; this reader reads " + MAJOR + ".x");
    }
    return Optional.empty();
  }
}

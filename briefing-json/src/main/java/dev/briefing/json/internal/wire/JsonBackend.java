package dev.briefing.json.internal.wire;

import dev.briefing.json.JsonLimits;

/**
 * A JSON library the codec can run on, found with {@link java.util.ServiceLoader}: the
 * artifacts {@code briefing-jackson3} and {@code briefing-jackson2} each provide one. Which one
 * {@code BriefingJson} uses when both are present is {@code Backends}' rule.
 */
public interface JsonBackend {

  /** @return the short name a user selects it by: {@code jackson3} or {@code jackson2} */
  String name();

  /** @return the higher wins when several are present and none is chosen */
  int precedence();

  /**
   * @param limits the read limits
   * @return readers and writers with those limits
   */
  JsonEngine engine(JsonLimits limits);
}

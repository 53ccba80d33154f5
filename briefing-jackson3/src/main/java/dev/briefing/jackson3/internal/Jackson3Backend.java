package dev.briefing.jackson3.internal;

import dev.briefing.json.JsonLimits;
import dev.briefing.json.internal.wire.JsonBackend;
import dev.briefing.json.internal.wire.JsonEngine;

/** The codec's backend on Jackson 3: below Jackson 3 when both are present. */
public final class Jackson3Backend implements JsonBackend {

  /** Made by {@link java.util.ServiceLoader}. */
  public Jackson3Backend() {}

  @Override
  public String name() {
    return "jackson3";
  }

  @Override
  public int precedence() {
    return 2;
  }

  @Override
  public JsonEngine engine(JsonLimits limits) {
    return new Jackson3Engine(limits);
  }
}

package dev.briefing.jackson2.internal;

import dev.briefing.json.JsonLimits;
import dev.briefing.json.internal.wire.JsonBackend;
import dev.briefing.json.internal.wire.JsonEngine;

/** The codec's backend on Jackson 2: below Jackson 3 when both are present. */
public final class Jackson2Backend implements JsonBackend {

  /** Made by {@link java.util.ServiceLoader}. */
  public Jackson2Backend() {}

  @Override
  public String name() {
    return "jackson2";
  }

  @Override
  public int precedence() {
    return 2;
  }

  @Override
  public JsonEngine engine(JsonLimits limits) {
    return new Jackson2Engine(limits);
  }
}

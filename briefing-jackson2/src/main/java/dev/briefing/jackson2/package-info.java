/**
 * The briefing wire format on Jackson 2: {@link dev.briefing.jackson2.BriefingModule} for your
 * own {@code ObjectMapper}; with this artifact on the class path, {@code BriefingJson} runs on
 * Jackson 2 when Jackson 3's backend ({@code briefing-jackson3}) is absent.
 *
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new BriefingModule()).build();
 * Briefing back = mapper.readValue(mapper.writeValueAsString(briefing), Briefing.class);
 * }</pre>
 */
package dev.briefing.jackson2;

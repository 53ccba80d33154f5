/**
 * The briefing model: immutable, validated values for an analytic news briefing.
 *
 * <p>A {@link dev.briefing.core.Briefing} has a fixed editorial shape: The Signal (a thesis),
 * What Happened (the narrative), Why It Matters ({@link dev.briefing.core.Impact}s by order),
 * The Numbers ({@link dev.briefing.core.Figure}s) and What To Watch
 * ({@link dev.briefing.core.WatchItem}s), plus publishing {@link dev.briefing.core.Metadata}.
 *
 * <pre>{@code
 * Briefing briefing = Briefing.builder()
 *     .signal("Talent, not scale, is the new frontier.")
 *     .whatHappened("A founding researcher joined a rival lab.")
 *     .addImpacts(Impact.of(1, "The lab gains a proven operator."))
 *     .addFigures(Figure.of("$72.3B", "Capital raised to date"))
 *     .addWatchItems(WatchItem.of("Counter-moves", "Retention offers from rivals."))
 *     .build();
 * BriefingValidator.standard().requireValid(briefing);
 * }</pre>
 */
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true)
package dev.briefing.core;

import org.immutables.value.Value;

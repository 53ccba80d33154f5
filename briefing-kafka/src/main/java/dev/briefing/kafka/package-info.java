/**
 * Briefings in Kafka Streams: {@link dev.briefing.kafka.BriefingSerde} for topics in the JSON
 * wire format, {@link dev.briefing.kafka.DeadLetterHandler} for records that are not
 * briefings, and {@link dev.briefing.kafka.RenderTopology}, a ready topology that validates,
 * renders and routes what it cannot use to a dead-letter topic.
 *
 * <pre>{@code
 * Topology topology = RenderTopology.from("briefings").to("briefings-html", "html")
 *     .deadLetter("briefings-dead").build();
 * }</pre>
 */
package dev.briefing.kafka;

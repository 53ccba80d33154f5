/**
 * Briefings in Apache Flink: {@link dev.briefing.flink.BriefingTypeInfo} so a {@code
 * DataStream<Briefing>} needs no Kryo, JSON {@link dev.briefing.flink.BriefingDeserializationSchema}
 * and {@link dev.briefing.flink.BriefingSerializationSchema} for any connector, and {@link
 * dev.briefing.flink.ConvertJob}, a ready batch job from NDJSON files to any registered format
 * with a dead-letter output.
 *
 * <pre>{@code
 * flink run -p 4 briefing-flink-0.1.0-SNAPSHOT-job.jar --input /data/in --output /data/out --format html
 * }</pre>
 */
package dev.briefing.flink;

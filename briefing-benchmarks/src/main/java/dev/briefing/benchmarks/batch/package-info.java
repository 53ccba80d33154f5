/**
 * The batch measurement: NDJSON to HTML in one thread of a JVM with a 64 MB heap, its
 * throughput in MB/s of input and its heap high-water mark, for any number of briefings.
 *
 * <pre>{@code
 * java -Xmx64m -cp briefing-benchmarks/target/benchmarks.jar \
 *     dev.briefing.benchmarks.batch.BatchConversion --impl ours --count 1000000
 * }</pre>
 */
package dev.briefing.benchmarks.batch;

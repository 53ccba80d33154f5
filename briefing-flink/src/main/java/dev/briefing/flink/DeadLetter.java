package dev.briefing.flink;

/**
 * A line the job could not convert: where it was, what was wrong, and the line itself. The
 * job writes each as one NDJSON object, {@code {"file":…,"line":…,"error":…,"record":…}}.
 *
 * <pre>{@code
 * {"file":"/data/in/2026-11.ndjson","line":5003,"error":"line 5003, column 25 at $.impacts[0].order: expected an integer but was STRING","record":"{\"impacts\":[{\"order\":\"1\"}]}"}
 * }</pre>
 *
 * @param file the input file's path
 * @param line the 1-based line number in that file
 * @param error what was wrong, with the line, column and JSON path where they are known
 * @param record the line as UTF-8 text (bytes that are not UTF-8 become U+FFFD); empty for a
 *     line too long to keep
 */
public record DeadLetter(String file, long line, String error, String record) {
}

package dev.briefing.chat.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs one of the node scripts of {@code src/test/node} (installed by the build into
 * {@code target/node} with {@code npm ci}) on a JSON array and reads its JSON report.
 *
 * <pre>{@code
 * JsonNode report = NodeOracle.run("check-cards.js", List.of(cardJson));
 * }</pre>
 */
public final class NodeOracle {

  private static final ObjectMapper JSON = new ObjectMapper();

  private NodeOracle() {}

  /**
   * @param script the script's file name
   * @param documents JSON documents, each one element of the array the script reads
   * @return the script's report
   */
  public static JsonNode run(String script, List<String> documents) {
    Path dir = Path.of(System.getProperty("node.dir", "target/node"));
    if (!Files.isDirectory(dir.resolve("node_modules"))) {
      throw new IllegalStateException(dir + "/node_modules is missing: the build installs the oracles there with"
          + " npm ci in the generate-test-resources phase (node and npm must be on the PATH)");
    }
    try {
      Path input = Files.createTempFile(dir, "input-", ".json");
      Path output = Files.createTempFile(dir, "report-", ".json");
      Files.writeString(input, "[" + String.join(",", documents) + "]", StandardCharsets.UTF_8);
      Process node = new ProcessBuilder("node", "--max-old-space-size=1024", script, input.toString())
          .directory(dir.toFile())
          .redirectOutput(output.toFile())
          .redirectError(ProcessBuilder.Redirect.INHERIT)
          .start();
      if (!node.waitFor(5, TimeUnit.MINUTES)) {
        node.destroyForcibly();
        throw new IllegalStateException(script + " did not finish in 5 minutes");
      }
      if (node.exitValue() != 0) {
        throw new IllegalStateException(script + " failed with exit code " + node.exitValue());
      }
      JsonNode report = JSON.readTree(output.toFile());
      Files.deleteIfExists(input);
      Files.deleteIfExists(output);
      Files.deleteIfExists(Path.of(input + ".ts"));
      return report;
    } catch (IOException e) {
      throw new IllegalStateException("Could not run " + script, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted running " + script, e);
    }
  }
}

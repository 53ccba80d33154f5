package dev.briefing.web.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.stream.JsonGenerationException;
import jakarta.json.stream.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The compact generator against Parsson's, the JSON-P provider it stands in for. */
class CompactJsonGeneratorTest {

  static Stream<Arguments> scripts() {
    String controls = "\u0000\u0001\u001f\b\f\n\r\t";
    return Stream.of(
        script("empty object", json -> json.writeStartObject().writeEnd()),
        script("empty array", json -> json.writeStartArray().writeEnd()),
        script("members of every kind", json -> json.writeStartObject()
            .write("s", "text").write("i", -42).write("l", Long.MIN_VALUE).write("d", 0.1)
            .write("big", new BigDecimal("7.230E+10")).write("int", new BigInteger("123456789012345678901234567890"))
            .write("t", true).write("f", false).writeNull("n").writeEnd()),
        script("values of every kind in an array", json -> json.writeStartArray()
            .write("text").write(Integer.MIN_VALUE).write(12L).write(1e21).write(new BigDecimal("0.50"))
            .write(BigInteger.TEN).write(true).write(false).writeNull().writeEnd()),
        script("escapes", json -> json.writeStartObject()
            .write("quote \" and \\ backslash", "\"\\/" + controls).write("controls " + controls, "x").writeEnd()),
        script("text left as it is", json -> json.writeStartArray()
            .write("<script>&</script> \u2028\u2029 é ✓ \uD83D\uDE00 \u007f").writeEnd()),
        script("nesting", json -> json.writeStartObject()
            .writeStartArray("a").writeStartObject().write("k", 1).writeEnd().writeStartArray().writeEnd().writeEnd()
            .writeStartObject("o").writeStartObject("p").writeEnd().writeEnd()
            .write("after", "x").writeEnd()),
        script("keys then values", json -> json.writeStartObject()
            .writeKey("a").write("x").writeKey("b").writeStartArray().write(1).writeEnd()
            .writeKey("c").writeStartObject().writeEnd().writeKey("d").writeNull().write("e", 2).writeEnd()),
        script("JSON-P values", json -> json.writeStartObject()
            .write("v", Json.createObjectBuilder().add("n", 1.5).add("s", "t\n").add("a",
                Json.createArrayBuilder().add(true).addNull().add(Json.createObjectBuilder())).build())
            .writeEnd()),
        script("a long string past the buffer", json -> json.writeStartArray().write("ab\"".repeat(3000)).writeEnd()));
  }

  private static Arguments script(String name, Consumer<JsonGenerator> script) {
    return Arguments.of(name, script);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scripts")
  void writesWhatParssonWrites(String name, Consumer<JsonGenerator> script) {
    assertThat(written(CompactJsonGenerator::new, script)).isEqualTo(written(Json::createGenerator, script));
  }

  private static String written(java.util.function.Function<Writer, JsonGenerator> generators,
      Consumer<JsonGenerator> script) {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = generators.apply(out)) {
      script.accept(json);
    }
    return out.toString();
  }

  static Stream<Arguments> misuses() {
    return Stream.of(
        script("a value where an object wants a name", json -> json.writeStartObject().write("x")),
        script("a member in an array", json -> json.writeStartArray().write("k", "v")),
        script("a second value", json -> json.writeStartArray().writeEnd().writeStartArray()),
        script("an end with nothing open", JsonGenerator::writeEnd),
        script("a key outside an object", json -> json.writeStartArray().writeKey("k")),
        script("closing an unfinished object", json -> json.writeStartObject().close()),
        script("closing before anything", JsonGenerator::close));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("misuses")
  void refusesWhatParssonRefuses(String name, Consumer<JsonGenerator> script) {
    assertThatThrownBy(() -> script.accept(Json.createGenerator(new StringWriter())))
        .isInstanceOf(JsonGenerationException.class);
    assertThatThrownBy(() -> script.accept(new CompactJsonGenerator(new StringWriter())))
        .isInstanceOf(JsonGenerationException.class);
  }

  @Test
  void refusesNumbersJsonCannotHold() {
    JsonGenerator json = new CompactJsonGenerator(new StringWriter()).writeStartArray();
    assertThatThrownBy(() -> json.write(Double.NaN)).isInstanceOf(NumberFormatException.class);
    assertThatThrownBy(() -> json.write(Double.POSITIVE_INFINITY)).isInstanceOf(NumberFormatException.class);
  }

  @Test
  void aFailingWriterIsAJsonExceptionAroundItsIoException() {
    IOException failure = new IOException("disk full");
    Writer failing = new Writer() {
      @Override
      public void write(char[] chars, int offset, int length) throws IOException {
        throw failure;
      }

      @Override
      public void flush() {}

      @Override
      public void close() {}
    };
    JsonGenerator json = new CompactJsonGenerator(failing).writeStartArray().write("x").writeEnd();
    assertThatThrownBy(json::flush).isInstanceOf(JsonException.class).hasCause(failure);
  }

  @Test
  void writesNothingUntilFlushedOrClosed() {
    StringWriter out = new StringWriter();
    JsonGenerator json = new CompactJsonGenerator(out).writeStartObject().write("k", "v");
    assertThat(out.toString()).isEmpty();
    json.flush();
    assertThat(out.toString()).isEqualTo("{\"k\":\"v\"");
  }
}

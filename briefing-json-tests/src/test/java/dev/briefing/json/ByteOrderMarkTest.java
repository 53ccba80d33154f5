package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.FormatRegistry;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** A UTF-8 byte-order mark before the document is passed over on every read path. */
class ByteOrderMarkTest {

  private static final String BOM = "\uFEFF";
  private static final BriefingJson JSON = BriefingJson.create();
  private static final Briefing EXPECTED = JSON.read(Documents.VALID);

  private static byte[] utf8WithMark(String text) {
    return (BOM + text).getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aStringWithAMarkReads() {
    assertThat(JSON.read(BOM + Documents.VALID)).isEqualTo(EXPECTED);
    assertThat(JSON.lenient().readDocument(BOM + Documents.VALID).briefing()).isEqualTo(EXPECTED);
  }

  @Test
  void aReaderWithAMarkReads() {
    assertThat(JSON.read(new StringReader(BOM + Documents.VALID))).isEqualTo(EXPECTED);
    assertThat(JSON.asParser().parse(new StringReader(BOM + Documents.VALID))).isEqualTo(EXPECTED);
  }

  @Test
  void utf8BytesWithAMarkRead() {
    assertThat(JSON.read(new ByteArrayInputStream(utf8WithMark(Documents.VALID)))).isEqualTo(EXPECTED);
  }

  @Test
  void ndjsonWithAMarkReadsEveryLine() {
    String lines = JSON.write(EXPECTED) + "\n" + JSON.write(EXPECTED) + "\n";

    List<Briefing> fromText = JSON.ndjsonReader(new StringReader(BOM + lines)).stream().collect(Collectors.toList());
    List<Briefing> fromBytes = JSON.ndjsonReader(new ByteArrayInputStream(utf8WithMark(lines))).stream()
        .collect(Collectors.toList());

    assertThat(fromText).containsExactly(EXPECTED, EXPECTED);
    assertThat(fromBytes).containsExactly(EXPECTED, EXPECTED);
  }

  @Test
  void theRegistrysFormatsReadAMarkToo() {
    FormatRegistry registry = FormatRegistry.loadDefault();

    assertThat(registry.parser("json").parse(BOM + Documents.VALID)).isEqualTo(EXPECTED);
    assertThat(registry.parser("ndjson").parse(BOM + JSON.write(EXPECTED) + "\n")).isEqualTo(EXPECTED);
  }

  @Test
  void aMarkAnywhereButTheStartIsStillAnError() {
    String inside = Documents.VALID.replace("\"signal\"", BOM + "\"signal\"");

    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> JSON.read(inside)))
        .isInstanceOf(dev.briefing.core.BriefingFormatException.class);
  }
}

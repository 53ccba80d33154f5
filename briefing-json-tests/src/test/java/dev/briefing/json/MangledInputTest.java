package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.briefing.core.BriefingException;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.core.testing.SeedBriefing;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever is done to a document, a read either succeeds or throws a BriefingException. */
class MangledInputTest {

  private static final String NOISE = "{}[]\":,0-1.5eE\\ntu\u0000\u00e9\ud83d\ude00 ";

  static Stream<String> mangledDocuments() {
    Random random = new Random(4242L);
    List<String> documents = new ArrayList<>();
    documents.add(BriefingJson.create().pretty().write(SeedBriefing.briefing()));
    BriefingGenerator.validBriefings(20, 9L).map(BriefingJson.create()::write).forEach(documents::add);
    documents.add(BriefingJson.create().pretty().write(SeedBriefing.editorialBriefing()));
    BriefingGenerator.validEditorialBriefings(10, 10L).map(BriefingJson.create()::write).forEach(documents::add);
    List<String> mangled = new ArrayList<>();
    for (int i = 0; i < 600; i++) {
      mangled.add(mangle(documents.get(random.nextInt(documents.size())), random));
    }
    return mangled.stream();
  }

  private static String mangle(String document, Random random) {
    StringBuilder text = new StringBuilder(document);
    int edits = 1 + random.nextInt(3);
    for (int i = 0; i < edits && text.length() > 0; i++) {
      int at = random.nextInt(text.length());
      switch (random.nextInt(4)) {
        case 0:
          text.setLength(at);
          break;
        case 1:
          text.deleteCharAt(at);
          break;
        case 2:
          text.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
          break;
        default:
          text.setCharAt(at, NOISE.charAt(random.nextInt(NOISE.length())));
      }
    }
    return text.toString();
  }

  @ParameterizedTest
  @MethodSource("mangledDocuments")
  void readEitherSucceedsOrThrowsABriefingException(String document) {
    for (BriefingJson json : new BriefingJson[] {BriefingJson.create(), BriefingJson.create().lenient()}) {
      Throwable fromText = catchThrowable(() -> json.readDocument(document));
      Throwable fromBytes = catchThrowable(() -> json.readDocument(
          new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8))));

      if (fromText != null) {
        assertThat(fromText).isInstanceOf(BriefingException.class);
      }
      if (fromBytes != null) {
        assertThat(fromBytes).isInstanceOf(BriefingException.class);
      }
    }
  }
}

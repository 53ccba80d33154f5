package dev.briefing.render.repair;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.Location;
import dev.briefing.core.format.TextRepair;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.render.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class TextRepairerTest {

  private final TextRepairer repairer = TextRepairer.standard();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "Karpathy\u0E42s move        | Karpathy’s move        | 9",
      "2,300\u0E425,000            | 2,300–5,000            | 6",
      "growth \u0E42 not scale     | growth — not scale     | 8",
      "a \u0E42smaller\u0E42 model | a “smaller” model      | 3",
      "(\u0E42quoted\u0E42)        | (“quoted”)             | 2",
      "\u0E42Start                 | “Start                 | 1",
      "end\u0E42                   | end”                   | 4",
      "end\u0E42.                  | end”.                  | 4",
  })
  void repairsThaiCodePageDamageByItsSurroundings(String damaged, String repaired, int firstColumn) {
    RepairedText result = repairer.repair(damaged);

    assertThat(result.text()).isEqualTo(repaired);
    assertThat(result.repairs()).isNotEmpty().allSatisfy(r -> assertThat(r.before()).isEqualTo("\u0E42"));
    assertThat(result.repairs().get(0).line()).isEqualTo(1);
    assertThat(result.repairs().get(0).column()).isEqualTo(firstColumn);
    assertThat(result.unclear()).isEmpty();
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "itâ€™s              | it’s",
      "2020â€“2021         | 2020–2021",
      "now â€” then        | now — then",
      "â€œquotedâ€\u009D   | “quoted”",
      "â€œquotedâ€        | “quoted”",
      "â€œquotedâ€\uFFFD   | “quoted”",
      "waitâ€¦             | wait…",
      "â€¢ bullet          | • bullet",
      "costs â‚¬5           | costs €5",
      "cafÃ© crÃ¨me        | café crème",
      "Ã¼ber GrÃ¶ÃŸe       | über Größe",
      "90Â°                | 90°",
      "Â© 2026             | © 2026",
      "itÃ¢â‚¬â„¢s         | itâ€™s",
  })
  void repairsWindows1252Mojibake(String damaged, String repaired) {
    RepairedText result = repairer.repair(damaged);

    assertThat(result.text()).isEqualTo(repaired);
    assertThat(result.changed()).isTrue();
    StringBuilder replayed = new StringBuilder(damaged);
    List<TextRepair> backwards = new ArrayList<>(result.repairs());
    java.util.Collections.reverse(backwards);
    for (TextRepair r : backwards) {
      int at = r.column() - 1;
      assertThat(replayed.substring(at, at + r.before().length())).isEqualTo(r.before());
      replayed.replace(at, at + r.before().length(), r.after());
    }
    assertThat(replayed.toString()).isEqualTo(repaired);
  }

  @Test
  void reportsPositionsOnTheirOwnLinesAndKeepsLineBreaksAsWritten() {
    RepairedText result = repairer.repair("first\r\nKarpathy\u0E42s\rsecond â€“ third\nlast");

    assertThat(result.text()).isEqualTo("first\r\nKarpathy’s\rsecond – third\nlast");
    assertThat(result.repairs()).containsExactly(
        TextRepair.of(2, 9, "\u0E42", "’"),
        TextRepair.of(3, 8, "â€“", "–"));
  }

  @Test
  void leavesDamageAloneWhenItsSurroundingsDoNotTellAndSaysWhere() {
    RepairedText result = repairer.repair("ok\nversion 2\u0E42beta");

    assertThat(result.text()).isEqualTo("ok\nversion 2\u0E42beta");
    assertThat(result.repairs()).isEmpty();
    assertThat(result.unclear()).containsExactly(Location.at(2, 10));
  }

  @Test
  void leavesCorrectTextInManyScriptsUnchanged() {
    String corpus = Fixtures.read("repair/correct-text.txt");

    RepairedText whole = repairer.repair(corpus);

    assertThat(whole.text()).isSameAs(corpus);
    assertThat(whole.repairs()).isEmpty();
    assertThat(whole.unclear()).isEmpty();
  }

  @Test
  void leavesThaiTextWithItsVowelSignUnchanged() {
    String thai = Fixtures.read("repair/correct-text.txt").lines()
        .filter(line -> line.indexOf('\u0E42') >= 0)
        .reduce("", (a, b) -> a + b + "\n");

    assertThat(thai).contains("\u0E42");
    assertThat(repairer.repair(thai).text()).isSameAs(thai);
  }

  static Stream<Briefing> validBriefings() {
    return BriefingGenerator.validBriefings(1000, 5L);
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("validBriefings")
  void leavesTheTextOfValidGeneratedBriefingsUnchanged(Briefing briefing) {
    for (String text : texts(briefing)) {
      RepairedText result = repairer.repair(text);
      assertThat(result.text()).isSameAs(text);
      assertThat(result.unclear()).isEmpty();
    }
  }

  private static List<String> texts(Briefing b) {
    List<String> texts = new ArrayList<>(List.of(b.signal(), b.whatHappened()));
    b.title().ifPresent(texts::add);
    b.impacts().forEach(i -> texts.add(i.text()));
    b.figures().forEach(f -> {
      texts.add(f.value());
      texts.add(f.label());
      f.source().ifPresent(texts::add);
      f.asOf().ifPresent(texts::add);
    });
    b.watchItems().forEach(w -> {
      texts.add(w.title());
      texts.add(w.description());
    });
    b.metadata().id().ifPresent(texts::add);
    texts.addAll(b.metadata().authors());
    texts.addAll(b.metadata().tags());
    b.metadata().sources().forEach(s -> texts.add(s.title()));
    return texts;
  }

  @Test
  void repairsLargeDamagedInputInOnePass() {
    String unit = "Karpathy\u0E42s â€œmoveâ€ 2,300\u0E425,000 ";
    String damaged = unit.repeat(20_000);

    RepairedText result = repairer.repair(damaged);

    assertThat(result.repairs()).hasSize(4 * 20_000);
    assertThat(result.text()).isEqualTo("Karpathy’s “move” 2,300–5,000 ".repeat(20_000));
  }
}

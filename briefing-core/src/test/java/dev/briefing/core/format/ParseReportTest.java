package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Location;
import org.junit.jupiter.api.Test;

/** What a parser reports besides the briefing reads as one line each, for logs and the CLI. */
class ParseReportTest {

  @Test
  void aRepairReadsAsPositionThenBeforeAndAfter() {
    TextRepair repair = TextRepair.of(2, 16, "โ", "’");
    assertThat(repair).hasToString("2:16 'โ' -> '’'");
    assertThat(repair.line()).isEqualTo(2);
    assertThat(repair.column()).isEqualTo(16);
  }

  @Test
  void aWarningReadsAsLocationThenMessage() {
    ParseWarning warning = ParseWarning.of(Location.at(7, 1), "unrecognised line skipped");
    assertThat(warning).hasToString("line 7, column 1: unrecognised line skipped");
    assertThat(warning.location()).isEqualTo(Location.at(7, 1));
  }
}

package dev.briefing.hardening.fuzz;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.hardening.support.Exposure;
import dev.briefing.hardening.support.ParseOracle;
import dev.briefing.hardening.support.RequiredFormats;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

/**
 * What every fuzz test checks for one input: the reader gives a briefing or our exception and
 * nothing else; a briefing it gives goes through every writer safely (HTML included) and, when
 * valid, round-trips through every format that reads.
 *
 * <pre>{@code
 * FuzzOracle.read("text", bytes);
 * }</pre>
 */
final class FuzzOracle {

  private FuzzOracle() {}

  /** Reads {@code input} as UTF-8 with the {@code format} reader and checks what comes out. */
  static void read(String format, byte[] input) {
    if (!RequiredFormats.readable().contains(format)) {
      return; // hardening.formats leaves this reader out of this run
    }
    Optional<Briefing> briefing = ParseOracle.parse(RequiredFormats.parser(format), utf8(input));
    briefing.ifPresent(b -> Exposure.check(b, b.signal()));
  }

  /**
   * Reads {@code input} as UTF-8 with a parser made with other options than the registry's
   * (tolerant reading), and checks what comes out.
   */
  static void readWith(BriefingParser parser, byte[] input) {
    Optional<Briefing> briefing = ParseOracle.parse(parser, utf8(input));
    briefing.ifPresent(b -> Exposure.check(b, b.signal()));
  }

  /** Reads {@code input} as a stream of briefings, as a batch job would, and checks each. */
  static void readAll(String format, byte[] input) {
    if (!RequiredFormats.readable().contains(format)) {
      return; // hardening.formats leaves this reader out of this run
    }
    List<Briefing> briefings = ParseOracle.parseAll(RequiredFormats.parser(format), utf8(input));
    briefings.forEach(b -> Exposure.check(b, b.signal()));
  }

  private static String utf8(byte[] input) {
    return new String(input, StandardCharsets.UTF_8);
  }
}

package dev.briefing.core.internal.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The parser against {@link ReferenceQuantityParser}, its earlier self: for every generated or
 * mutated value both must give equal results (same low, high, scales, currency, unit, marker).
 */
class QuantityParserDifferentialTest {
  private static final int VALUES_PER_SEED = 2_500;

  private static final String[] MARKERS = {
    "", "", "", "~", "≈ ", "≈", "about ", "About ", "Approx. ", "approx ", "APPROXIMATELY ", "over ",
    "up to ", "est. ", "<", ">", "≥ ", "≤", "more than ", "less than ", "an estimated ", "AN ESTIMATED ",
    "c. ", "ca.", "circa ", "around ", "roughly ", "nearly ", "almost ", "some ", "at least ", "under ",
    "estimated ", "~ about ", "someone ", "overall ", "\u017Fome ", "SOME ", "abOUT "
  };
  private static final String[] SIGNS = {"", "", "", "", "-", "+", "\u2212", "\u2010", "\u2011", "--"};
  private static final String[] PREFIX_CURRENCIES = {
    "", "", "", "", "$", "$", "€", "£", "¥", "₹", "₩", "₽", "₺", "₪", "₫", "₱", "₦", "US$", "HK$", "NZ$",
    "CA$", "AU$", "C$", "A$", "S$", "R$", "Rs", "Rs.", "Rs ", "Rsx", "USD ", "USD", "EUR ", "CHF ", "ZAR",
    "XYZ ", "usd ", "BTC ", "GBP", "JPYX ", "AUD\u00A0", "$ ", "€ "
  };
  private static final String[] SCALES = {
    "", "", "", "", "k", "K", "M", "m", "B", "b", "T", "t", " k", " K", " M", " m", " B", " b", " T", " t",
    " thousand", " Thousand", " million", " Million", " MILLION", " billion", " Billion", " trillion",
    "trillion", " crore", " lakh", " Lakh", "bn", " bn", "Bn", "BN", "mln", " mln", "mn", " MN", "tn", " tn",
    "billion", " bİllion", " MıLLION", " \u212Aa", "\u212A", " bns", " millions", "m2", " b.", "kk"
  };
  private static final String[] SUFFIX_CURRENCIES = {
    "", "", "", "", "", " USD", " EUR", "USD", " €", "€", "$", " £", " GBP", " EURO", " usd", " XXX", " ABC"
  };
  private static final String[] UNITS = {
    "", "", "", "", "%", "%", " %", "x", "X", "×", " x", " percent", " PERCENT", " Per Cent", " per cent",
    " pct", " times", " TİMES", " timeſ", " ſ", " fold", " Fold", " GW", " months", "°C", " °F", " µg",
    "/month", " bps", " tonnes", " m", " km²", " m³", " kg·m", " 3", " and", "+", " +", "+ ", " xylophones",
    " GPU", " USDT", " e-mails", " p.a.", " a/b", " %+", " years+", " yrs", " per-cent", " ", " x y",
    " \u00E9l\u00E9ments", " 个", " ١٢", " " + "u".repeat(30), " " + "u".repeat(31), " <b>", " (est.)"
  };
  private static final String[] RANGES = {"–", "—", "-", " – ", " - ", " to ", " and ", " TO ", " AND ", "to", " tO", "−"};
  private static final String[] SPACES = {" ", "  ", "\t", "\u00A0", "\u202F", "\u2009", "\u2007", "\u2003", "\n", "\u3000", ""};
  private static final String NOISE = "0123456789.,-–—+~≈<>$€£¥₹%xX×kKmMbBtTnoilrsupcahdUSDCHF°/() \u00A0\u2212\u2009"
      + "İıſ\u212A١٢３é个\t\n";

  static IntStream seeds() {
    return IntStream.range(0, 10);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rewrittenParserAgreesWithReferenceOnGeneratedValues(int seed) {
    Random random = new Random(0x5EED0000L + seed);
    List<String> disagreements = new ArrayList<>();
    for (int i = 0; i < VALUES_PER_SEED; i++) {
      String value = i % 2 == 0 ? written(random) : mutated(written(random), random);
      compare(value, disagreements);
    }
    assertThat(disagreements).isEmpty();
  }

  @Test
  void generatedValuesMixQuantitiesAndNonQuantitiesOfEveryShape() {
    Random random = new Random(7);
    int present = 0;
    int ranges = 0;
    int withCurrency = 0;
    int withUnit = 0;
    int approximate = 0;
    for (int i = 0; i < 2_000; i++) {
      Optional<Quantity> parsed = ReferenceQuantityParser.parse(written(random));
      if (parsed.isPresent()) {
        Quantity q = parsed.get();
        present++;
        ranges += q.isRange() ? 1 : 0;
        withCurrency += q.currency().isPresent() ? 1 : 0;
        withUnit += q.unit().isPresent() ? 1 : 0;
        approximate += q.approximate() ? 1 : 0;
      }
    }
    // A generator that only produced non-quantities would make the comparison above vacuous.
    assertThat(present).isBetween(600, 1_900);
    assertThat(ranges).isGreaterThan(50);
    assertThat(withCurrency).isGreaterThan(100);
    assertThat(withUnit).isGreaterThan(100);
    assertThat(approximate).isGreaterThan(100);
  }

  @Test
  void agreesOnEveryValueOfTheParserTestsAndOnEdgeLengths() {
    List<String> values = new ArrayList<>(List.of("", " ", "  ", "+", "-", "~", "$", "1", "0", "0.0", "00", "1.",
        ".5", "1,000.", "1,000.50", "-0", "0k", "0.000B", "1e3", "10 m", "5 T", "5 t", "$5 t", "5 tn", "12 15",
        "1,23", "1,2345", "1,234,56", "12,345,678", "1234,567", "999999999999999999", "9999999999999999999",
        "0.000000000000000001", "123456789012345678.9", "1.5M× to 2M×", "40 %–50 %", "$10–12B", "$2.5B–$3B",
        "$5 to €6", "5,000–2,300", "-12% to -5%", "Q3 2025", "unknown", "n/a", "TBD", "record",
        "$2.5 billion", "40%", "1,200", "€3.4bn", "~12 GW", "2.1x", "350,000 tonnes", "100,000+", "+15%",
        "est. ~40%", "approx. 7,500 employees", "1.5°C", "20 µg", "$4/month", "Rs. 1,200", "5 USDT", "300 €"));
    // Scaling past a long: the product overflows, or needs more than 18 trailing zeros.
    values.addAll(List.of("999999999999999999T", "-999999999999999999 trillion", "123456789012345678 crore",
        "9223372036854775 k", "9223372036854776 k", "10000000 trillion", "1000000 trillion", "-10000000T",
        "922337203.6854775807 bn", "0.000000001 trillion", "0.0000000000001T"));
    values.add("1".repeat(100));
    values.add("1".repeat(101));
    values.add("5 " + "u".repeat(30));
    values.add("5 " + "u".repeat(31));
    values.add(null);
    List<String> disagreements = new ArrayList<>();
    for (String value : values) {
      compare(value, disagreements);
    }
    assertThat(disagreements).isEmpty();
  }

  private static void compare(String value, List<String> disagreements) {
    String expected = outcome(() -> ReferenceQuantityParser.parse(value));
    String actual = outcome(() -> Quantity.parse(value));
    if (!expected.equals(actual)) {
      disagreements.add("'" + value + "': reference " + expected + ", parser " + actual);
    }
  }

  /** The result with every BigDecimal's scale spelled out, or the exception it threw. */
  private static String outcome(java.util.function.Supplier<Optional<Quantity>> parse) {
    try {
      return parse.get()
          .map(q -> q + " low=" + q.low().unscaledValue() + "e-" + q.low().scale()
              + " high=" + q.high().unscaledValue() + "e-" + q.high().scale())
          .orElse("empty");
    } catch (RuntimeException e) {
      return "threw " + e.getClass().getName();
    }
  }

  /** A value built from the parts people write: marker, sign, currency, number, scale, range, unit. */
  private static String written(Random random) {
    StringBuilder value = new StringBuilder();
    if (random.nextInt(10) == 0) {
      value.append(pick(SPACES, random));
    }
    value.append(maybe(MARKERS, 40, random));
    amount(value, random);
    if (random.nextInt(4) == 0) {
      if (random.nextBoolean()) {
        value.append(pick(new String[] {"%", "x", " %", "×"}, random));
      }
      value.append(pick(RANGES, random));
      if (random.nextBoolean()) {
        // A plain upper end, mostly above the lower one, so that many ranges are read.
        value.append(1 + random.nextInt(9_999_999)).append(maybe(SCALES, 30, random));
      } else {
        amount(value, random);
      }
    }
    value.append(maybe(UNITS, 50, random));
    if (random.nextInt(10) == 0) {
      value.append(pick(SPACES, random));
    }
    return value.toString();
  }

  private static void amount(StringBuilder value, Random random) {
    value.append(maybe(SIGNS, 15, random));
    boolean prefixed = random.nextInt(100) < 35;
    if (prefixed) {
      value.append(pick(PREFIX_CURRENCIES, random));
    }
    if (random.nextInt(6) == 0) {
      value.append(pick(SPACES, random));
    }
    if (random.nextInt(8) == 0) {
      value.append(pick(SIGNS, random));
    }
    number(value, random);
    if (random.nextInt(12) == 0) {
      value.append(pick(SPACES, random));
    }
    value.append(maybe(SCALES, 40, random));
    if (!prefixed) {
      value.append(maybe(SUFFIX_CURRENCIES, 15, random));
    }
  }

  private static void number(StringBuilder value, Random random) {
    switch (random.nextInt(8)) {
      case 0 -> value.append(random.nextInt(10));
      case 1 -> value.append(random.nextInt(1_000_000));
      case 2 -> {
        // Thousands groups, sometimes broken.
        value.append(1 + random.nextInt(999));
        int groups = 1 + random.nextInt(4);
        for (int g = 0; g < groups; g++) {
          value.append(random.nextInt(10) == 0 ? "" : ",");
          int digits = random.nextInt(10) == 0 ? 2 + random.nextInt(3) : 3;
          for (int d = 0; d < digits; d++) {
            value.append(random.nextInt(10));
          }
        }
      }
      case 3 -> value.append(random.nextInt(1000)).append('.').append(random.nextInt(100));
      case 4 -> {
        // Long enough to overflow a long, with or without a fraction.
        int digits = 15 + random.nextInt(12);
        for (int d = 0; d < digits; d++) {
          value.append(random.nextInt(10));
        }
        if (random.nextBoolean()) {
          value.append('.');
          for (int d = random.nextInt(6); d >= 0; d--) {
            value.append(random.nextInt(10));
          }
        }
      }
      case 5 -> value.append(pick(new String[] {"١٢٣", "３", "1.2.3", "1..2", ".5", "1.", "0.00", "000", "1e9", "0"}, random));
      case 6 -> value.append(random.nextInt(100)).append('.').append("0".repeat(random.nextInt(4))).append(random.nextInt(10));
      default -> value.append(random.nextInt(100) * 10);
    }
  }

  /** Deletes, inserts, swaps, re-cases or repeats a few characters. */
  private static String mutated(String value, Random random) {
    StringBuilder out = new StringBuilder(value);
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      switch (random.nextInt(5)) {
        case 0 -> {
          if (out.length() > 0) {
            out.deleteCharAt(at);
          }
        }
        case 1 -> out.insert(at, NOISE.charAt(random.nextInt(NOISE.length())));
        case 2 -> {
          if (at + 1 < out.length()) {
            char c = out.charAt(at);
            out.setCharAt(at, out.charAt(at + 1));
            out.setCharAt(at + 1, c);
          }
        }
        case 3 -> {
          if (out.length() > 0) {
            char c = out.charAt(at);
            out.setCharAt(at, Character.isUpperCase(c) ? Character.toLowerCase(c) : Character.toUpperCase(c));
          }
        }
        default -> {
          int end = Math.min(out.length(), at + 1 + random.nextInt(4));
          out.insert(at, out.substring(at, end));
        }
      }
    }
    return out.toString();
  }

  /** One of the options {@code percent} times in a hundred, else nothing. */
  private static String maybe(String[] options, int percent, Random random) {
    return random.nextInt(100) < percent ? pick(options, random) : "";
  }

  private static String pick(String[] options, Random random) {
    return options[random.nextInt(options.length)];
  }
}

package dev.briefing.json.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class WireDecimalTest {

  /** The wire form as the schema states it. */
  private static final Pattern FORM = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  static Stream<BigDecimal> decimals() {
    Random random = new Random(6);
    List<BigDecimal> values = new ArrayList<>(List.of(BigDecimal.ZERO, new BigDecimal("0.000"),
        new BigDecimal("-0.50"), new BigDecimal("1E+3"), new BigDecimal("72.3E9"), new BigDecimal("100"),
        new BigDecimal("123456789012345678901234567890.1200")));
    for (int i = 0; i < 300; i++) {
      BigInteger unscaled = new BigInteger(1 + random.nextInt(90), random);
      values.add(new BigDecimal(random.nextBoolean() ? unscaled : unscaled.negate(), random.nextInt(20) - 8));
    }
    // Around the long fast paths: up to 19 digits, scales up to 20, trailing zeros.
    values.addAll(List.of(new BigDecimal("999999999999999999"), new BigDecimal("-999999999999999999"),
        new BigDecimal("1000000000000000000"), new BigDecimal("0.000000000000000001"),
        new BigDecimal("-0.000000000000000000100"), new BigDecimal("123456789012345678.0"),
        BigDecimal.valueOf(Long.MAX_VALUE), BigDecimal.valueOf(Long.MIN_VALUE, 3)));
    for (int i = 0; i < 300; i++) {
      long unscaled = random.nextLong() / (long) Math.pow(10, random.nextInt(19));
      values.add(BigDecimal.valueOf(unscaled * (random.nextInt(3) == 0 ? 1000 : 1), random.nextInt(22) - 2));
    }
    return values.stream();
  }

  @ParameterizedTest
  @MethodSource("decimals")
  void formatWritesTheStrippedPlainTextThatParsesBackToTheSameNumber(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    String expected = (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();

    String wire = WireDecimal.format(value);

    assertThat(wire).isEqualTo(expected).matches(FORM);
    assertThat(WireDecimal.parse(wire)).isEqualByComparingTo(value);
  }

  @ParameterizedTest
  @MethodSource("decimals")
  void formatToWritesWhatFormatWritesOrLeavesTheDecimalToIt(BigDecimal value) {
    char[] out = new char[WireDecimal.BUFFER_LENGTH];

    int length = WireDecimal.formatTo(value, out);

    if (value.scale() >= 0 && value.scale() <= 18 && value.precision() <= 18) {
      assertThat(new String(out, 0, length)).isEqualTo(WireDecimal.format(value));
    } else {
      assertThat(length).isEqualTo(-1);
      assertThat(out).containsOnly('\0');
    }
  }

  @ParameterizedTest
  @MethodSource("decimals")
  void parseInABufferReadsTheSameNumberAndScaleAsTheBigDecimalConstructor(BigDecimal value) {
    String wire = value.toPlainString();
    char[] buffer = ("[\"" + wire + "\"]").toCharArray();

    BigDecimal read = WireDecimal.parse(buffer, 2, wire.length());

    assertThat(read).isEqualTo(new BigDecimal(wire)).isEqualTo(WireDecimal.parse(wire));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", ".5", "5.", "01", "-01", "00", "+1", "1e5", "1E5", "1.2.3", " 1", "1 ",
      "--1", "0x10", "1,000", "١٢", "-.5", "1.-5"})
  void parseRefusesWhatIsNotPlainDecimalText(String text) {
    assertThat(FORM.matcher(text).matches()).isFalse();
    assertThat(WireDecimal.parse(text)).isNull();
    assertThat(WireDecimal.parse(("x" + text + "9").toCharArray(), 1, text.length())).isNull();
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-0", "0.0", "7", "-12", "0.5", "72300000000", "10.25", "-0.001"})
  void parseReadsPlainDecimalText(String text) {
    assertThat(WireDecimal.parse(text)).isEqualTo(new BigDecimal(text));
  }

  @Test
  void parseRefusesTextLongerThanTheLimit() {
    assertThat(WireDecimal.parse("1".repeat(201))).isNull();
    assertThat(WireDecimal.parse("1".repeat(200))).isEqualTo(new BigDecimal("1".repeat(200)));
    assertThat(WireDecimal.parse("1".repeat(201).toCharArray(), 0, 201)).isNull();
  }
}

package dev.briefing.json.internal.jackson2;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.util.BufferRecycler;
import java.io.StringWriter;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class StringOutputTest {

  /** Lengths around the first array, the largest array kept, and well past it. */
  static Stream<Integer> lengths() {
    return IntStream.of(0, 1, 3999, 4000, 4001, 65_535, 65_536, 65_537, 200_000).boxed();
  }

  @ParameterizedTest
  @MethodSource("lengths")
  void collectsExactlyWhatAStringWriterCollectsThroughEveryWriteMethod(int length) {
    Random random = new Random(length);
    BufferRecycler recycler = new BufferRecycler();
    StringOutput out = new StringOutput(recycler);
    StringWriter expected = new StringWriter();
    int written = 0;
    while (written < length) {
      int count = Math.min(length - written, 1 + random.nextInt(3000));
      String piece = text(random, count);
      switch (random.nextInt(5)) {
        case 0 -> {
          char[] padded = ("<<" + piece + ">>").toCharArray();
          out.write(padded, 2, count);
          expected.write(padded, 2, count);
        }
        case 1 -> {
          out.write(piece.charAt(0));
          expected.write(piece.charAt(0));
          count = 1;
        }
        case 2 -> {
          out.write("[" + piece + "]", 1, count);
          expected.write("[" + piece + "]", 1, count);
        }
        case 3 -> {
          out.append(piece);
          expected.append(piece);
        }
        default -> {
          out.append("(" + piece + ")", 1, count + 1);
          expected.append("(" + piece + ")", 1, count + 1);
        }
      }
      written += count;
    }
    out.flush();
    out.close();

    assertThat(out.toStringAndRelease()).isEqualTo(expected.toString());
  }

  @Test
  void givesItsArrayBackSoTheNextOutputStartsFromIt() {
    BufferRecycler recycler = new BufferRecycler();
    StringOutput first = new StringOutput(recycler);
    first.write(new char[10_000], 0, 10_000);
    first.toStringAndRelease();

    char[] next = recycler.allocCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, 1);

    assertThat(next.length).isGreaterThanOrEqualTo(10_000);
  }

  @Test
  void keepsNoArrayLargerThanJacksonsOwnTextBuffersDo() {
    BufferRecycler recycler = new BufferRecycler();
    StringOutput huge = new StringOutput(recycler);
    huge.write(new char[300_000], 0, 300_000);
    huge.toStringAndRelease();

    char[] next = recycler.allocCharBuffer(BufferRecycler.CHAR_TEXT_BUFFER, 1);

    assertThat(next.length).isBetween(4000, 0x10000);
  }

  @Test
  void letsTheGeneratorBorrowFromTheSameRecycler() {
    BufferRecycler recycler = new BufferRecycler();

    assertThat(new StringOutput(recycler).bufferRecycler()).isSameAs(recycler);
  }

  private static String text(Random random, int count) {
    StringBuilder text = new StringBuilder(count);
    for (int i = 0; i < count; i++) {
      // ASCII, Latin-1 and beyond, so that the String's compact form is tried and given up.
      text.append(random.nextInt(4) == 0 ? (char) ('\u00e0' + random.nextInt(600)) : (char) ('a' + random.nextInt(26)));
    }
    return text.toString();
  }
}

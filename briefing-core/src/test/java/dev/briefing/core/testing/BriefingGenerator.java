package dev.briefing.core.testing;

import dev.briefing.core.AlternativeView;
import dev.briefing.core.Briefing;
import dev.briefing.core.Confidence;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Likelihood;
import dev.briefing.core.Metadata;
import dev.briefing.core.Signpost;
import dev.briefing.core.SignpostStatus;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Generates briefings for property tests: varied Unicode, text that looks like markup (HTML,
 * Markdown, URLs), empty and large lists, every optional present and absent. Deterministic for
 * a seed, so a failing case can be replayed.
 *
 * <p>{@link #valid()} briefings pass {@code BriefingValidator} and keep text in the model's
 * normal form: paragraphs separated by one blank line, each paragraph one line, single spaces,
 * no leading or trailing whitespace. {@link #hostile()} briefings add control characters,
 * carriage returns, bidi controls and ragged whitespace, and need not validate.
 *
 * <p>{@link #withEditorialParts(long)} adds the model 1.1 parts (likelihood, confidence and horizon,
 * alternative views, signposts) from a second random source, so the 1.0 parts of every briefing
 * stay exactly those the same seed gives without them.
 */
public final class BriefingGenerator {

  private static final String[] WORDS = {
    "the", "signal", "Anthropic’s", "compute", "arms", "race", "talent", "2026", "$72.3B",
    "2,300–5,000", "~40%", "naïve", "Ünïcödé", "日本語", "中文", "한국어", "مرحبا", "שלום", "Ελληνικά",
    "😀", "👩‍💻", "🇺🇦", "e\u0301", "“quoted”", "it's", "O'Reilly", "AT&T", "a<b", "x>y", "1<2>3",
    "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)",
    "JaVaScRiPt:alert(1)", "data:text/html,<b>x</b>", "<a href=\"javascript:x\">click</a>",
    "\"><svg onload=alert(1)>", "';alert(1);//", "<!--", "-->", "]]>", "<![CDATA[x]]>",
    "&amp;", "&lt;", "&#106;avascript:", "&#x6A;", "**bold**", "__under__", "*em*", "_em_",
    "`code`", "```", "~~~", "# heading", "##", "[link](http://example.com)", "![img](x.png)",
    "<http://example.com>", "http://example.com/?a=1&b=2", "https://evil.example/\"onmouseover=",
    "mailto:x@example.com", "[ref]: /url", "1.", "2)", "-", "+", "*", ">", "|", "|a|b|", "\\",
    "\\*", "---", "===", "***", "- [ ]", "{{x}}", "${x}", "#{x}", "%s", "%n", "{0}", "@{x}",
    "$$", "\\(x\\)", "&", "<", "'", "\"", ":", "(source)", "First-order:", "The Numbers",
    "What To Watch", "null", "undefined", "NaN", "true", "-1", "1e309", "0x41", "\u00A0nbsp",
    "soft\u00ADhyphen", "zero\u200Bwidth", "a\u2028b", "c\u2029d", "\uFEFFbom", "\uFFFD",
    "supercalifragilisticexpialidociousandthensomemoremoremoremoremoremoremoremoremoremoremore"
  };
  private static final String[] HOSTILE_EXTRAS = {
    "\u0000", "\u0001", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B[31m", "\u007F", "\u0085",
    "\u009B", "\r", "\r\n", "\t", "  ", "\u202Eevil\u202C", "\u2066iso\u2069", "\u200F", "\u200E",
    "\u061C", "   lead", "trail   "
  };
  private static final String[] VALUES = {
    "$72.3B", "$380B", "2,300–5,000", "€1.2 trillion", "380B", "~40%", "3.5x", "-12%", "1.2 GW",
    "18 months", "record", "n/a", "<b>9</b>", "**5**", "1. 2", "#1", "[3](x)", "10–12", "US$5bn"
  };
  private static final String[] LANGUAGES = {
    "en", "en-US", "en-GB", "de", "de-CH", "fr-CA", "es-419", "zh-Hant-TW", "sr-Latn-RS", "ja-JP", "ar-EG"
  };
  private static final String[] URLS = {
    "https://example.com/", "http://example.com/a?b=c&d=e", "https://xn--r8jz45g.jp/%E3%83%91%E3%82%B9",
    "https://example.com/a%20b#frag", "https://sub.example.co.uk:8443/x/y/z"
  };

  private final Random random;
  /** The source of the 1.1 parts, or null for 1.0 briefings. */
  private final Random editorial;

  /**
   * @param seed the seed; the same seed gives the same briefings
   */
  public BriefingGenerator(long seed) {
    this(new Random(seed), null);
  }

  private BriefingGenerator(Random random, Random editorial) {
    this.random = random;
    this.editorial = editorial;
  }

  /**
   * @param seed the seed
   * @return a generator whose briefings are those of {@code new BriefingGenerator(seed)} with the
   *     model 1.1 parts added: at the edges none (minimal) and all (full, large), at random some
   */
  public static BriefingGenerator withEditorialParts(long seed) {
    return new BriefingGenerator(new Random(seed), new Random(seed ^ 0x1_1L));
  }

  /**
   * @param count how many
   * @param seed the seed
   * @return {@link #validBriefings} of the same seed with the model 1.1 parts added
   */
  public static Stream<Briefing> validEditorialBriefings(int count, long seed) {
    BriefingGenerator generator = withEditorialParts(seed);
    return IntStream.range(0, count).mapToObj(i -> generator.valid(i));
  }

  /**
   * @param count how many
   * @param seed the seed
   * @return {@link #hostileBriefings} of the same seed with the model 1.1 parts added
   */
  public static Stream<Briefing> hostileEditorialBriefings(int count, long seed) {
    BriefingGenerator generator = withEditorialParts(seed);
    return IntStream.range(0, count).mapToObj(i -> generator.hostile());
  }

  /**
   * @param count how many
   * @param seed the seed
   * @return {@code count} valid briefings, the first few at the edges (minimal, every part
   *     present, large)
   */
  public static Stream<Briefing> validBriefings(int count, long seed) {
    BriefingGenerator generator = new BriefingGenerator(seed);
    return IntStream.range(0, count).mapToObj(i -> generator.valid(i));
  }

  /**
   * @param count how many
   * @param seed the seed
   * @return {@code count} hostile briefings
   */
  public static Stream<Briefing> hostileBriefings(int count, long seed) {
    BriefingGenerator generator = new BriefingGenerator(seed);
    return IntStream.range(0, count).mapToObj(i -> generator.hostile());
  }

  /** @return a briefing that validates, with text in normal form */
  public Briefing valid() {
    return valid(random.nextInt(1_000));
  }

  /** @return a briefing whose text may hold control characters and ragged whitespace */
  public Briefing hostile() {
    return build(true, Shape.RANDOM);
  }

  private Briefing valid(int index) {
    Shape shape = index == 0 ? Shape.MINIMAL : index == 1 ? Shape.FULL : index == 2 ? Shape.LARGE : Shape.RANDOM;
    return build(false, shape);
  }

  private enum Shape { MINIMAL, FULL, LARGE, RANDOM }

  private Briefing build(boolean hostile, Shape shape) {
    Briefing.Builder builder = Briefing.builder()
        .signal(paragraphs(hostile, 1 + random.nextInt(2)))
        .whatHappened(paragraphs(hostile, 1 + random.nextInt(3)));
    if (shape == Shape.FULL || (shape == Shape.RANDOM && random.nextBoolean())) {
      builder.title(line(hostile, 1 + random.nextInt(10)));
    }
    int impacts = count(shape, 6, 30);
    int order = 1;
    for (int i = 0; i < impacts; i++) {
      order = Math.min(Impact.MAX_ORDER, order + (i == 0 ? 0 : random.nextInt(2)));
      builder.addImpacts(Impact.of(order, paragraphs(hostile, 1 + random.nextInt(2))));
    }
    int figures = count(shape, 8, 200);
    for (int i = 0; i < figures; i++) {
      builder.addFigures(figure(hostile, shape));
    }
    int watchItems = count(shape, 6, 50);
    for (int i = 0; i < watchItems; i++) {
      builder.addWatchItems(WatchItem.of(line(hostile, 1 + random.nextInt(4)), paragraphs(hostile, 1)));
    }
    if (shape == Shape.FULL || (shape == Shape.RANDOM && random.nextBoolean())) {
      builder.metadata(metadata(hostile, shape == Shape.FULL));
    }
    Briefing briefing = builder.build();
    return editorial == null || shape == Shape.MINIMAL ? briefing : withEditorialParts(briefing, hostile, shape != Shape.RANDOM);
  }

  private Briefing withEditorialParts(Briefing briefing, boolean hostile, boolean all) {
    Briefing.Builder builder = Briefing.builder().from(briefing);
    if (all || editorial.nextBoolean()) {
      builder.signalLikelihood(pick(Likelihood.values()));
    }
    if (all || editorial.nextBoolean()) {
      builder.signalConfidence(pick(Confidence.values()));
    }
    if (all || editorial.nextInt(3) == 0) {
      builder.signalHorizon(horizon());
    }
    List<Impact> impacts = new ArrayList<>();
    for (Impact impact : briefing.impacts()) {
      Impact.Builder judged = Impact.builder().from(impact);
      if (all || editorial.nextBoolean()) {
        judged.likelihood(pick(Likelihood.values()));
      }
      if (all || editorial.nextInt(3) == 0) {
        judged.confidence(pick(Confidence.values()));
      }
      if (all || editorial.nextInt(4) == 0) {
        judged.horizon(horizon());
      }
      impacts.add(judged.build());
    }
    builder.impacts(impacts);
    int views = all ? 2 : editorial.nextInt(3);
    for (int i = 0; i < views; i++) {
      AlternativeView view = AlternativeView.of(words(editorial, hostile, 1 + editorial.nextInt(30), true));
      builder.addAlternativeViews(all || editorial.nextBoolean() ? view.withLikelihood(pick(Likelihood.values())) : view);
    }
    List<WatchItem> items = new ArrayList<>();
    for (WatchItem item : briefing.watchItems()) {
      int signposts = all ? 2 : editorial.nextInt(3);
      for (int i = 0; i < signposts; i++) {
        Signpost.Builder signpost = Signpost.builder().indicator(words(editorial, hostile, 1 + editorial.nextInt(6), false));
        if (all || editorial.nextBoolean()) {
          signpost.threshold(words(editorial, hostile, 1 + editorial.nextInt(3), false));
        }
        if (all || editorial.nextBoolean()) {
          signpost.reviewBy(LocalDate.ofEpochDay(9_000 + editorial.nextInt(12_000)));
        }
        if (all || editorial.nextBoolean()) {
          signpost.status(pick(SignpostStatus.values()));
        }
        item = item.withSignposts(concat(item.signposts(), signpost.build()));
      }
      items.add(item);
    }
    return builder.watchItems(items).build();
  }

  private static List<Signpost> concat(List<Signpost> signposts, Signpost added) {
    List<Signpost> all = new ArrayList<>(signposts);
    all.add(added);
    return all;
  }

  private <T> T pick(T[] values) {
    return values[editorial.nextInt(values.length)];
  }

  /** Years, months or days, one part or several, as people write horizons. */
  private Period horizon() {
    switch (editorial.nextInt(4)) {
      case 0:
        return Period.ofMonths(1 + editorial.nextInt(36));
      case 1:
        return Period.ofYears(1 + editorial.nextInt(10));
      case 2:
        return Period.ofDays(1 + editorial.nextInt(120));
      default:
        return Period.of(editorial.nextInt(3), editorial.nextInt(12), 1 + editorial.nextInt(30));
    }
  }

  private int count(Shape shape, int randomMax, int large) {
    switch (shape) {
      case MINIMAL:
        return 0;
      case FULL:
        return 3;
      case LARGE:
        return large;
      default:
        return random.nextInt(5) == 0 ? 0 : random.nextInt(randomMax + 1);
    }
  }

  private Figure figure(boolean hostile, Shape shape) {
    Figure.Builder figure = Figure.builder()
        .value(random.nextInt(3) == 0 ? line(hostile, 1) : VALUES[random.nextInt(VALUES.length)])
        .label(line(hostile, 1 + random.nextInt(8)));
    if (shape == Shape.FULL || random.nextBoolean()) {
      figure.source(line(hostile, 1 + random.nextInt(3)));
    }
    if (shape == Shape.FULL || random.nextInt(3) == 0) {
      figure.asOf(random.nextBoolean() ? String.valueOf(1990 + random.nextInt(40)) : line(hostile, 1));
    }
    return figure.build();
  }

  private Metadata metadata(boolean hostile, boolean full) {
    Metadata.Builder metadata = Metadata.builder();
    if (full || random.nextBoolean()) {
      metadata.id(line(hostile, 1));
    }
    if (full || random.nextBoolean()) {
      Instant instant = Instant.ofEpochSecond(946_684_800L + random.nextInt(1_000_000_000),
          random.nextBoolean() ? 0 : random.nextInt(1_000_000_000));
      ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(57) - 24) * 900);
      metadata.published(OffsetDateTime.ofInstant(instant, offset));
    }
    if (full || random.nextBoolean()) {
      metadata.language(Locale.forLanguageTag(LANGUAGES[random.nextInt(LANGUAGES.length)]));
    }
    int authors = full ? 2 : random.nextInt(3);
    for (int i = 0; i < authors; i++) {
      metadata.addAuthors(line(hostile, 2));
    }
    int tags = full ? 3 : random.nextInt(4);
    for (int i = 0; i < tags; i++) {
      metadata.addTags(line(hostile, 1));
    }
    int sources = full ? 2 : random.nextInt(3);
    for (int i = 0; i < sources; i++) {
      metadata.addSources(Source.of(line(hostile, 1 + random.nextInt(4)), URI.create(URLS[random.nextInt(URLS.length)])));
    }
    return metadata.build();
  }

  /** Paragraphs of words, separated by one blank line. */
  private String paragraphs(boolean hostile, int count) {
    List<String> paragraphs = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      paragraphs.add(words(random, hostile, 1 + random.nextInt(40), true));
    }
    return String.join("\n\n", paragraphs);
  }

  /** One short line of words, as titles, labels and names are. */
  private String line(boolean hostile, int words) {
    return words(random, hostile, words, false);
  }

  /** Words with single spaces (anything at all when hostile); long words only in paragraphs. */
  private static String words(Random random, boolean hostile, int words, boolean longWords) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      if (i > 0) {
        out.append(' ');
      }
      if (hostile && random.nextInt(4) == 0) {
        out.append(HOSTILE_EXTRAS[random.nextInt(HOSTILE_EXTRAS.length)]);
      } else if (longWords && random.nextInt(50) == 0) {
        out.append("w".repeat(200 + random.nextInt(800)));
      } else {
        out.append(WORDS[random.nextInt(WORDS.length)]);
      }
    }
    String text = out.toString();
    if (!hostile) {
      // "\u2028" and friends are legal text but not line-safe in every format; keep them, but
      // never let a valid line start or end with whitespace-like characters.
      text = text.strip();
      if (text.isEmpty()) {
        text = "x";
      }
    } else if (text.isBlank()) {
      text = text + "x";
    }
    return text;
  }
}

package dev.briefing.core.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.UnknownFormatException;
import dev.briefing.core.testing.SeedBriefing;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormatRegistryTest {

  /** A format that writes the signal only and reads any text as a signal. */
  private record SignalFormat(String name, String mediaType, List<String> extensions, boolean readable)
      implements BriefingFormat {

    @Override
    public Optional<BriefingRenderer> renderer() {
      return Optional.of((briefing, out) -> out.append(briefing.signal()));
    }

    @Override
    public Optional<BriefingParser> parser() {
      if (!readable) {
        return Optional.empty();
      }
      return Optional.of(in -> ParseResult.of(
          Briefing.builder().signal(read(in)).whatHappened("-").build()));
    }

    private static String read(Reader in) {
      try {
        StringBuilder out = new StringBuilder();
        in.transferTo(new Writer() {
          @Override public void write(char[] c, int off, int len) { out.append(c, off, len); }
          @Override public void flush() {}
          @Override public void close() {}
        });
        return out.toString();
      } catch (IOException e) {
        throw new BriefingIOException("read", e);
      }
    }
  }

  private final BriefingFormat signal = new SignalFormat("signal", "text/x-signal", List.of(".sig", ".signal"), true);
  private final BriefingFormat page = new SignalFormat("page", "text/x-page", List.of(".page"), false);
  private final FormatRegistry registry = FormatRegistry.of(signal, page);

  @Test
  void findsByNameCaseInsensitively() {
    assertThat(registry.byName("signal")).isSameAs(signal);
    assertThat(registry.byName("SIGNAL")).isSameAs(signal);
    assertThat(registry.find("nope")).isEmpty();
  }

  @Test
  void findsByMediaTypeIgnoringParameters() {
    assertThat(registry.byMediaType("text/x-page")).isSameAs(page);
    assertThat(registry.byMediaType("Text/X-Signal; charset=utf-8")).isSameAs(signal);
  }

  @Test
  void theFormatMarkedPrimaryAnswersForASharedMediaTypeWhateverItsName() {
    BriefingFormat mail = new SignalFormat("a-mail", "text/x-page", List.of(".mail.page"), false);
    BriefingFormat primary = FormatDescriptor.builder("z-page", "text/x-page").primaryForMediaType().build()
        .format(page.renderer(), Optional.empty());

    assertThat(FormatRegistry.of(mail, page).byMediaType("text/x-page")).as("no primary: first by name").isSameAs(mail);
    assertThat(FormatRegistry.of(mail, page, primary).byMediaType("text/x-page; charset=utf-8")).isSameAs(primary);
  }

  @Test
  void findsByExtensionAndFileName() {
    assertThat(registry.byExtension(".SIGNAL")).isSameAs(signal);
    assertThat(registry.byExtension("sig")).isSameAs(signal);
    assertThat(registry.forFileName("out/briefs/today.page")).isSameAs(page);
    assertThat(registry.forFileName("C:\\briefs\\today.sig")).isSameAs(signal);
  }

  @Test
  void unknownNameListsTheKnownFormats() {
    assertThatThrownBy(() -> registry.byName("xml"))
        .isInstanceOfSatisfying(UnknownFormatException.class, e -> assertThat(e.knownFormats()).containsExactly("page", "signal"))
        .hasMessage("Unknown format 'xml'; known formats: page, signal");
    assertThatThrownBy(() -> registry.byMediaType("application/xml")).hasMessageStartingWith("No format has media type 'application/xml'");
    assertThatThrownBy(() -> registry.forFileName("README")).hasMessageContaining("without a file extension");
    assertThatThrownBy(() -> FormatRegistry.empty().byName("json")).hasMessageEndingWith("known formats: none");
  }

  @Test
  void aFileNameThatOnlyStartsWithADotHasNoExtension() {
    assertThatThrownBy(() -> registry.forFileName("briefs/.sig"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessageContaining("without a file extension");
  }

  @Test
  void formatThatCannotBeWrittenSaysSo() {
    BriefingFormat readOnly = new BriefingFormat() {
      @Override public String name() { return "inbox"; }
      @Override public String mediaType() { return "text/x-inbox"; }
      @Override public List<String> extensions() { return List.of(".inbox"); }
      @Override public Optional<BriefingRenderer> renderer() { return Optional.empty(); }
      @Override public Optional<BriefingParser> parser() { return signal.parser(); }
    };
    assertThatThrownBy(() -> registry.with(readOnly).renderer("inbox"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessageStartingWith("Format 'inbox' cannot be written");
  }

  @Test
  void toStringNamesTheFormats() {
    assertThat(registry).hasToString("FormatRegistry[page, signal]");
  }

  @Test
  void formatThatCannotBeReadSaysSo() {
    assertThatThrownBy(() -> registry.parser("page"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessageStartingWith("Format 'page' cannot be read");
    assertThat(registry.parser("signal").parse("hello").signal()).isEqualTo("hello");
  }

  @Test
  void registeringInCodeReturnsANewRegistryAndReplacesByName() {
    BriefingFormat replacement = new SignalFormat("signal", "text/x-other", List.of(".other"), true);
    FormatRegistry changed = registry.with(replacement);
    assertThat(changed.byName("signal")).isSameAs(replacement);
    assertThat(registry.byName("signal")).isSameAs(signal);
    assertThat(changed.names()).containsExactly("page", "signal");
  }

  @Test
  void formatNamesMustBeLowerCase() {
    assertThatThrownBy(() -> registry.with(new SignalFormat("Signal", "a/b", List.of(), true)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void rendererWritesToStringAndAppendable() {
    Briefing seed = SeedBriefing.briefing();
    assertThat(registry.renderer("page").render(seed)).isEqualTo(seed.signal());
    StringBuilder out = new StringBuilder("> ");
    registry.renderer("page").render(seed, out);
    assertThat(out).startsWith("> Andrej");
  }

  @Test
  void failingAppendableBecomesBriefingIOException() {
    Appendable broken = new Appendable() {
      @Override public Appendable append(CharSequence csq) throws IOException { throw new IOException("disk full"); }
      @Override public Appendable append(CharSequence csq, int start, int end) throws IOException { throw new IOException("disk full"); }
      @Override public Appendable append(char c) throws IOException { throw new IOException("disk full"); }
    };
    assertThatThrownBy(() -> registry.renderer("page").render(SeedBriefing.briefing(), broken))
        .isInstanceOf(BriefingIOException.class)
        .hasMessage("Could not write the briefing: disk full");
  }

  @Test
  void coreAloneRegistersNoFormats() {
    assertThat(FormatRegistry.loadDefault().names()).isEmpty();
    assertThat(FormatRegistry.load(FormatRegistryTest.class.getClassLoader()).names()).isEmpty();
  }

  /** A format that only probes: {@code match} for an input starting with {@code start}. */
  private record Probing(String name, String start, MatchStrength match) implements BriefingFormat {
    @Override public String mediaType() { return "text/x-" + name; }
    @Override public List<String> extensions() { return List.of("." + name); }
    @Override public Optional<BriefingRenderer> renderer() { return Optional.empty(); }
    @Override public Optional<BriefingParser> parser() { return Optional.empty(); }
    @Override public MatchStrength probe(CharSequence head) {
      return head.toString().startsWith(start) ? match : MatchStrength.NO_MATCH;
    }
  }

  @Test
  void sniffingTakesTheStrongestMatchAboveInconclusive() {
    FormatRegistry formats = FormatRegistry.of(new Probing("plain", "", MatchStrength.WEAK_MATCH),
        new Probing("object", "{", MatchStrength.SOLID_MATCH), new Probing("lines", "{\n{", MatchStrength.FULL_MATCH),
        new Probing("unsure", "", MatchStrength.INCONCLUSIVE));
    assertThat(formats.sniff("{\n{").map(BriefingFormat::name)).contains("lines");
    assertThat(formats.sniff("{}").map(BriefingFormat::name)).contains("object");
    assertThat(formats.sniff("\uFEFF{}").map(BriefingFormat::name)).contains("object");
    assertThat(formats.sniff("words").map(BriefingFormat::name)).contains("plain");
    assertThat(FormatRegistry.of(new Probing("unsure", "", MatchStrength.INCONCLUSIVE)).sniff("x")).isEmpty();
    assertThat(registry.sniff("anything")).as("formats without a probe are never chosen").isEmpty();
  }

  @Test
  void twoFormatsMatchingEquallyStronglyAreAnErrorNamingBoth() {
    FormatRegistry formats = FormatRegistry.of(new Probing("csv", "value,", MatchStrength.SOLID_MATCH),
        new Probing("tsv", "value", MatchStrength.SOLID_MATCH));
    assertThatThrownBy(() -> formats.sniff("value,label"))
        .isInstanceOf(UnknownFormatException.class)
        .hasMessage("The input looks like 'csv' and 'tsv' alike (SOLID_MATCH); name its format; known formats: csv, tsv");
  }

  @Test
  void theLongestExtensionAFormatHasDecides() {
    BriefingFormat json = new SignalFormat("json", "application/json", List.of(".json"), true);
    BriefingFormat slack = new SignalFormat("slack", "application/x-slack", List.of(".slack.json"), false);
    FormatRegistry formats = FormatRegistry.of(json, slack, signal);
    assertThat(formats.forFileName("out/week.slack.json")).isSameAs(slack);
    assertThat(formats.forFileName("out/WEEK.SLACK.JSON")).isSameAs(slack);
    assertThat(formats.forFileName("out/week.teams.json")).isSameAs(json);
    assertThat(formats.forFileName("my.notes.v2.sig")).isSameAs(signal);
    assertThat(formats.forFileName(".slack.json")).as("a leading dot starts the name").isSameAs(json);
    assertThat(formats.byExtension("slack.json")).isSameAs(slack);
  }

  @Test
  void twoDiscoveredFormatsOfOneNameAreAnErrorNamingBothClasses() {
    BriefingFormat other = new Probing("signal", "", MatchStrength.NO_MATCH);
    assertThatThrownBy(() -> FormatRegistry.load(List.of(signal, page, other)))
        .isInstanceOf(dev.briefing.core.BriefingException.class)
        .hasMessage("Two formats on the class path are named 'signal': " + SignalFormat.class.getName() + " and "
            + Probing.class.getName() + "; remove one jar, or register the one to use in code with "
            + "FormatRegistry.with(format)");
  }

  @Test
  void aFormatRegisteredInCodeBeatsTheDiscoveredOneOfItsName() {
    BriefingFormat mine = new Probing("signal", "", MatchStrength.NO_MATCH);
    FormatRegistry formats = FormatRegistry.load(List.of(signal, page)).with(mine);
    assertThat(formats.byName("signal")).isSameAs(mine);
    assertThat(formats.names()).containsExactly("page", "signal");
  }
}

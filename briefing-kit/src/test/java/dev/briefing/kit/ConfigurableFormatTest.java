package dev.briefing.kit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.FormatDescriptor;
import dev.briefing.core.format.ParseResult;
import dev.briefing.core.testing.SeedBriefing;
import java.io.IOException;
import java.io.Reader;
import org.junit.jupiter.api.Test;

class ConfigurableFormatTest {

  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("signal", "text/x-signal")
      .extensions(".signal").build();

  /** Writes the Signal's heading in the labels' words; reads nothing but says how it was made. */
  private static final class SignalRenderer extends SectionRenderer {
    SignalRenderer(RenderOptions options) {
      super(options, 0, 16, 16);
    }

    @Override
    public void renderTo(Briefing briefing, Appendable out) throws IOException {
      out.append(options().labels().signal()).append(": ").append(briefing.signal());
    }
  }

  private record OptionsParser(ParseOptions options) implements BriefingParser {
    @Override
    public ParseResult read(Reader in) {
      throw new UnsupportedOperationException();
    }
  }

  private static final class SignalFormat extends ConfigurableFormat {
    SignalFormat() {
      super(DESCRIPTOR, new SignalRenderer(RenderOptions.standard()), SignalRenderer::new, OptionsParser::new);
    }
  }

  private static final class WriteOnlyFormat extends ConfigurableFormat {
    WriteOnlyFormat() {
      super(DESCRIPTOR, new SignalRenderer(RenderOptions.standard()), SignalRenderer::new);
    }
  }

  @Test
  void aToolGetsARendererWithItsOwnOptionsWithoutKnowingTheFormat() {
    Briefing seed = SeedBriefing.briefing();
    BriefingFormat german = new SignalFormat().rendering(RenderOptions.builder().labels(SectionLabels.german()).build());

    assertThat(german.name()).isEqualTo("signal");
    assertThat(german.renderer().orElseThrow().render(seed)).startsWith("Das Signal: ");
    assertThat(new SignalFormat().renderer().orElseThrow().render(seed)).startsWith("The Signal: ");
    assertThat(german.parser().orElseThrow()).isEqualTo(new OptionsParser(ParseOptions.standard()));
  }

  @Test
  void aToolGetsAParserWithItsOwnOptionsAndAWriteOnlyFormatStaysWriteOnly() {
    ParseOptions lenient = ParseOptions.builder().lenient(true).build();

    assertThat(new SignalFormat().reading(lenient).parser()).contains(new OptionsParser(lenient));
    assertThat(new SignalFormat().parser()).contains(new OptionsParser(ParseOptions.standard()));
    assertThat(new WriteOnlyFormat().reading(lenient).parser()).isEmpty();
    assertThat(new WriteOnlyFormat().parser(lenient)).isEmpty();
    WriteOnlyFormat format = new WriteOnlyFormat();
    assertThat(format.reading(lenient).renderer()).isEqualTo(format.renderer());
  }

  @Test
  void aRendererOnTheKitSizesItsBufferAndHandsBackItsOptions() {
    RenderOptions options = RenderOptions.builder().labels(SectionLabels.french()).build();
    SignalRenderer renderer = new SignalRenderer(options);

    assertThat(renderer.options()).isSameAs(options);
    assertThat(renderer.render(SeedBriefing.briefing())).startsWith("Le signal: ");
  }
}

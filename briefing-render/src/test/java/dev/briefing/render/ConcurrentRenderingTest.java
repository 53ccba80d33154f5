package dev.briefing.render;

import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.FigureLayout;
import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.core.testing.BriefingGenerator;
import dev.briefing.render.html.HtmlRenderer;
import dev.briefing.render.markdown.MarkdownRenderer;
import dev.briefing.render.text.TextRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConcurrentRenderingTest {
  private static final int THREADS = 16;
  private static final List<Briefing> BRIEFINGS = Stream.concat(
      BriefingGenerator.validBriefings(60, 31), BriefingGenerator.hostileBriefings(60, 32)).toList();

  static Stream<BriefingRenderer> renderers() {
    return Stream.of(TextRenderer.standard(), MarkdownRenderer.standard(), HtmlRenderer.standard(),
        HtmlRenderer.of(RenderOptions.builder().fragment(true).figureLayout(FigureLayout.TABLE).labels(SectionLabels.german()).build()));
  }

  @Tag("generated-corpus")
  @ParameterizedTest
  @MethodSource("renderers")
  void sixteenThreadsSharingOneRendererWriteWhatOneThreadWrites(BriefingRenderer renderer) throws Exception {
    List<String> expected = BRIEFINGS.stream().map(renderer::render).toList();
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      CountDownLatch start = new CountDownLatch(1);
      List<Future<List<String>>> results = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          start.await();
          // Each thread walks the briefings from a different starting point, so threads render
          // different briefings at the same moment as well as the same ones.
          String[] out = new String[BRIEFINGS.size()];
          for (int i = 0; i < BRIEFINGS.size(); i++) {
            int index = (i + offset * 7) % BRIEFINGS.size();
            out[index] = renderer.render(BRIEFINGS.get(index));
          }
          return List.of(out);
        }));
      }
      start.countDown();
      for (Future<List<String>> result : results) {
        assertThat(result.get()).containsExactlyElementsOf(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

package dev.briefing.json;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.BriefingGenerator;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SharedCodecTest {

  @Test
  void oneCodecServesManyThreadsAtOnce() throws Exception {
    BriefingJson shared = BriefingJson.create().pretty();
    List<Briefing> briefings = BriefingGenerator.validBriefings(100, 8L).collect(Collectors.toList());
    List<String> expected = briefings.stream().map(shared::write).collect(Collectors.toList());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * 25;
        results.add(pool.submit(() -> {
          boolean same = true;
          for (int i = 0; i < briefings.size(); i++) {
            int k = (i + offset) % briefings.size();
            String json = shared.write(briefings.get(k));
            same &= json.equals(expected.get(k)) && shared.read(json).equals(briefings.get(k));
          }
          return same;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }
}

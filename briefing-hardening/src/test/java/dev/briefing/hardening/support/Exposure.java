package dev.briefing.hardening.support;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;

/**
 * Puts one briefing through every listed format as a user would, and checks the promises: every
 * renderer writes it without an exception; HTML passes {@link HtmlSafety} and, for a valid
 * briefing, shows the text exactly; a valid briefing comes back equal from every format that
 * both writes and reads.
 *
 * <pre>{@code
 * Exposure.check(TextField.SIGNAL.put(BenignBriefing.create(), text), text);
 * }</pre>
 */
public final class Exposure {

  private static final BriefingValidator VALIDATOR = BriefingValidator.standard();
  private static final Map<String, HtmlSafety> SAFETY = new HashMap<>();

  private Exposure() {}

  /**
   * @param briefing the briefing, valid or not
   * @param text the hostile text in it; when the briefing is valid it must reach HTML readers
   *     unchanged
   */
  public static void check(Briefing briefing, String text) {
    boolean valid = VALIDATOR.validate(briefing).isEmpty();
    for (String name : RequiredFormats.writable()) {
      String written = RequiredFormats.renderer(name).render(briefing);
      if (name.equals("html")) {
        checkHtml(written, valid ? text : null);
      }
      if (valid && RequiredFormats.readable().contains(name)) {
        Briefing back = ParseOracle.parse(RequiredFormats.parser(name), written)
            .orElseThrow(() -> new AssertionError(name + " refused its own output for text " + Printable.of(text)));
        if (RequiredFormats.lossy().contains(name)) {
          // A layout without escapes cannot keep text that reads as its own syntax; what it
          // reads back must at least be stable, so a second trip loses nothing more.
          String again = RequiredFormats.renderer(name).render(back);
          Briefing twice = ParseOracle.parse(RequiredFormats.parser(name), again)
              .orElseThrow(() -> new AssertionError(name + " refused its own output on the second trip"));
          assertThat(twice).as("%s second round trip of text %s", name, Printable.of(text)).isEqualTo(back);
        } else {
          assertThat(back).as("%s round trip of text %s", name, Printable.of(text)).isEqualTo(briefing);
        }
      }
    }
  }

  /** @return the number of formats {@link #check} writes to */
  public static int formatCount() {
    return RequiredFormats.writable().size();
  }

  private static void checkHtml(String html, String visibleText) {
    HtmlSafety safety;
    synchronized (SAFETY) {
      safety = SAFETY.computeIfAbsent("html", n -> HtmlSafety.learn(RequiredFormats.renderer(n)::render));
    }
    List<String> problems = safety.problems(html);
    assertThat(problems).as("HTML safety for text %s", visibleText == null ? "(invalid briefing)" : Printable.of(visibleText))
        .isEmpty();
    if (visibleText != null) {
      String shown = Jsoup.parse(html).body().wholeText();
      for (String paragraph : visibleText.split("\n\n")) {
        assertThat(shown).as("HTML must show the text exactly: %s", Printable.of(paragraph)).contains(paragraph);
      }
    }
  }
}

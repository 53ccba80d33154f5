package dev.briefing.hardening.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingValidator;
import dev.briefing.email.Email;
import dev.briefing.email.EmailRenderer;
import dev.briefing.hardening.support.HtmlSafety;
import dev.briefing.hardening.support.Printable;
import org.jsoup.Jsoup;

/**
 * Puts one briefing through the email format and checks its promises: the HTML passes the
 * {@link HtmlSafety} oracle learnt from the email's own benign pages (no element, attribute,
 * style or link scheme from user text), a valid briefing's text is shown exactly, and the
 * subject and preheader stay one line.
 *
 * <pre>{@code
 * EmailExposure.check(TextField.SIGNAL.put(BenignBriefing.create(), text), text);
 * }</pre>
 */
final class EmailExposure {

  private static final EmailRenderer EMAIL = EmailRenderer.standard();
  private static final HtmlSafety SAFETY = HtmlSafety.learn(EMAIL::render);
  private static final BriefingValidator VALIDATOR = BriefingValidator.standard();

  private EmailExposure() {}

  /**
   * @param briefing the briefing, valid or not
   * @param text the hostile text in it; when the briefing is valid it must be shown unchanged
   */
  static void check(Briefing briefing, String text) {
    Email email = EMAIL.email(briefing);
    String shownAs = Printable.of(text);
    assertThat(SAFETY.problems(email.html())).as("email HTML safety for text %s", shownAs).isEmpty();
    assertThat(email.subject() + email.preheader()).as("subject and preheader for %s", shownAs).doesNotContain("\n", "\r");
    if (VALIDATOR.validate(briefing).isEmpty()) {
      String shown = Jsoup.parse(email.html()).body().wholeText();
      for (String paragraph : text.split("\n\n")) {
        assertThat(shown).as("the email must show the text exactly: %s", Printable.of(paragraph)).contains(paragraph);
      }
    }
  }
}

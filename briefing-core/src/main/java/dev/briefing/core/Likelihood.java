package dev.briefing.core;

import java.util.Locale;
import java.util.Optional;

/**
 * How likely a judgment is, on the seven-term scale of ICD 203 (Analytic Standards): each term
 * stands for a range of probability, and each has an alternative term of the same meaning.
 *
 * <table>
 *   <caption>The scale</caption>
 *   <tr><th>term</th><th>alternative term</th><th>probability</th></tr>
 *   <tr><td>almost no chance</td><td>remote</td><td>1–5%</td></tr>
 *   <tr><td>very unlikely</td><td>highly improbable</td><td>5–20%</td></tr>
 *   <tr><td>unlikely</td><td>improbable</td><td>20–45%</td></tr>
 *   <tr><td>roughly even chance</td><td>roughly even odds</td><td>45–55%</td></tr>
 *   <tr><td>likely</td><td>probable</td><td>55–80%</td></tr>
 *   <tr><td>very likely</td><td>highly probable</td><td>80–95%</td></tr>
 *   <tr><td>almost certain</td><td>nearly certain</td><td>95–99%</td></tr>
 * </table>
 *
 * <pre>{@code
 * Likelihood.LIKELY.term();                 // "likely"
 * Likelihood.LIKELY.lowPercent();           // 55
 * Likelihood.ofTerm("highly probable");     // Optional[VERY_LIKELY]
 * }</pre>
 */
public enum Likelihood {
  /** Almost no chance (remote): 1–5%. */
  ALMOST_NO_CHANCE("almost no chance", "remote", 1, 5),
  /** Very unlikely (highly improbable): 5–20%. */
  VERY_UNLIKELY("very unlikely", "highly improbable", 5, 20),
  /** Unlikely (improbable): 20–45%. */
  UNLIKELY("unlikely", "improbable", 20, 45),
  /** Roughly even chance (roughly even odds): 45–55%. */
  ROUGHLY_EVEN_CHANCE("roughly even chance", "roughly even odds", 45, 55),
  /** Likely (probable): 55–80%. */
  LIKELY("likely", "probable", 55, 80),
  /** Very likely (highly probable): 80–95%. */
  VERY_LIKELY("very likely", "highly probable", 80, 95),
  /** Almost certain (nearly certain): 95–99%. */
  ALMOST_CERTAIN("almost certain", "nearly certain", 95, 99);

  private final String term;
  private final String alternativeTerm;
  private final int lowPercent;
  private final int highPercent;

  Likelihood(String term, String alternativeTerm, int lowPercent, int highPercent) {
    this.term = term;
    this.alternativeTerm = alternativeTerm;
    this.lowPercent = lowPercent;
    this.highPercent = highPercent;
  }

  /** @return the scale's term, lower case, such as {@code "very likely"}; what every format writes */
  public String term() {
    return term;
  }

  /** @return the alternative term of the same row, such as {@code "highly probable"} */
  public String alternativeTerm() {
    return alternativeTerm;
  }

  /** @return the lower bound of the row's probability, in percent */
  public int lowPercent() {
    return lowPercent;
  }

  /** @return the upper bound of the row's probability, in percent */
  public int highPercent() {
    return highPercent;
  }

  /**
   * @param term a term or an alternative term, in any case
   * @return the row it names; empty when it names none
   */
  public static Optional<Likelihood> ofTerm(String term) {
    String wanted = term.toLowerCase(Locale.ROOT);
    for (Likelihood likelihood : values()) {
      if (likelihood.term.equals(wanted) || likelihood.alternativeTerm.equals(wanted)) {
        return Optional.of(likelihood);
      }
    }
    return Optional.empty();
  }

  @Override
  public String toString() {
    return term;
  }
}

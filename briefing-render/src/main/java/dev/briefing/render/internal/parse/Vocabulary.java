package dev.briefing.render.internal.parse;

import dev.briefing.core.Impact;
import dev.briefing.core.SignpostStatus;
import dev.briefing.kit.SectionLabels;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The words a parser recognises, from several {@link SectionLabels} at once: section headings,
 * impact-order prefixes ("First-order", "1st-order", "Zweite Ordnung"), detail labels and the
 * "as of" word, and the model 1.1 field labels, alternative-views headings and signpost
 * statuses. Matching ignores case, a trailing colon, leading Markdown {@code #}s, the
 * difference between {@code '} and {@code ’}, and repeated spaces; impact orders also ignore
 * the difference between a hyphen and a space.
 */
public final class Vocabulary {

  /** No heading or label is longer; longer lines are not looked up at all. */
  private static final int MAX_KEY_LENGTH = 80;
  private static final String[] SUFFIXES = {"st", "nd", "rd", "th"};

  private final Map<String, Section> sections = new HashMap<>();
  private final Map<String, Integer> orders = new HashMap<>();
  private final Map<String, DetailField> details = new HashMap<>();
  private final List<String> asOf = new ArrayList<>();
  private final Map<String, JudgmentField> fields = new HashMap<>();
  private final List<String> alternativeViews = new ArrayList<>();
  private final Map<String, SignpostStatus> statuses = new HashMap<>();

  private Vocabulary() {}

  /**
   * @param labels the label sets to recognise
   * @return the vocabulary
   */
  public static Vocabulary of(List<SectionLabels> labels) {
    Vocabulary v = new Vocabulary();
    for (SectionLabels l : labels) {
      v.sections.put(key(l.signal()), Section.SIGNAL);
      v.sections.put(key(l.whatHappened()), Section.WHAT_HAPPENED);
      v.sections.put(key(l.whyItMatters()), Section.WHY_IT_MATTERS);
      v.sections.put(key(l.theNumbers()), Section.THE_NUMBERS);
      v.sections.put(key(l.whatToWatch()), Section.WHAT_TO_WATCH);
      v.sections.put(key(l.details()), Section.DETAILS);
      for (int order = 1; order <= l.impactOrders().size(); order++) {
        v.orders.put(orderKey(l.impactOrder(order)), order);
      }
      v.details.put(key(l.id()), DetailField.ID);
      v.details.put(key(l.published()), DetailField.PUBLISHED);
      v.details.put(key(l.languageLabel()), DetailField.LANGUAGE);
      v.details.put(key(l.author()), DetailField.AUTHOR);
      v.details.put(key(l.tag()), DetailField.TAG);
      v.details.put(key(l.source()), DetailField.SOURCE);
      for (JudgmentField field : JudgmentField.values()) {
        v.fields.put(key(field.label(l)), field);
      }
      v.alternativeViews.add(key(l.alternativeViews()));
      for (SignpostStatus status : SignpostStatus.values()) {
        v.statuses.putIfAbsent(l.statusWord(status), status);
      }
      String word = key(l.asOf());
      if (!v.asOf.contains(word)) {
        v.asOf.add(word);
      }
    }
    return v;
  }

  /**
   * @param line a line or heading text
   * @return the section it names, or null
   */
  public Section section(String line) {
    return line.length() > MAX_KEY_LENGTH ? null : sections.get(key(line));
  }

  /**
   * @param label the text before a colon
   * @return the metadata part it names, or null
   */
  public DetailField detail(String label) {
    return label.length() > MAX_KEY_LENGTH ? null : details.get(key(label));
  }

  /**
   * @param label the text before a colon, such as "First-order" or "11th order"
   * @return the order it names (possibly beyond {@link Impact#MAX_ORDER} for numbered
   *     forms), or 0 when it names none
   */
  public int impactOrder(String label) {
    if (label.length() > MAX_KEY_LENGTH) {
      return 0;
    }
    String key = orderKey(label);
    Integer order = orders.get(key);
    return order != null ? order : numberedOrder(key);
  }

  /**
   * @param label the text before a colon, such as "Likelihood" or "Review by"
   * @return the model 1.1 field it names, or null
   */
  public JudgmentField field(String label) {
    return label.length() > MAX_KEY_LENGTH ? null : fields.get(key(label));
  }

  /**
   * @param line a line or heading text
   * @return whether it is the heading of the alternative views ("Room for disagreement")
   */
  public boolean alternativeViews(String line) {
    return line.length() <= MAX_KEY_LENGTH && alternativeViews.contains(key(line));
  }

  /**
   * @param word a signpost status exactly as some label set writes it ("triggered", "ausgelöst")
   * @return the status, or null
   */
  public SignpostStatus status(String word) {
    return statuses.get(word);
  }

  /** @return the "as of" words, lower case */
  public List<String> asOfWords() {
    return List.copyOf(asOf);
  }

  /** "1st order", "12th order": digits, an English ordinal suffix, "order". */
  private static int numberedOrder(String key) {
    if (!key.endsWith(" order")) {
      return 0;
    }
    String ordinal = key.substring(0, key.length() - " order".length());
    int digits = 0;
    while (digits < ordinal.length() && ordinal.charAt(digits) >= '0' && ordinal.charAt(digits) <= '9') {
      digits++;
    }
    if (digits == 0 || digits > 3 || !isSuffix(ordinal.substring(digits))) {
      return 0;
    }
    return Integer.parseInt(ordinal.substring(0, digits));
  }

  private static boolean isSuffix(String s) {
    for (String suffix : SUFFIXES) {
      if (suffix.equals(s)) {
        return true;
      }
    }
    return false;
  }

  /**
   * @param text a heading or label as written
   * @return the form it is looked up by
   */
  public static String key(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && (text.charAt(start) == '#' || Character.isWhitespace(text.charAt(start)))) {
      start++;
    }
    while (end > start && (text.charAt(end - 1) == ':' || Character.isWhitespace(text.charAt(end - 1)))) {
      end--;
    }
    StringBuilder key = new StringBuilder(end - start);
    boolean space = false;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        space = true;
        continue;
      }
      if (space) {
        key.append(' ');
        space = false;
      }
      key.append(c == '\u2019' ? '\'' : c);
    }
    return key.toString().toLowerCase(Locale.ROOT);
  }

  private static String orderKey(String text) {
    return key(text.replace('-', ' '));
  }
}

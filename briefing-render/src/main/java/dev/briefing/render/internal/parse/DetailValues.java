package dev.briefing.render.internal.parse;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Set;

/**
 * Reads the values of the Details section into a draft, the same way for text and Markdown:
 * an ISO date-time with offset, a well-formed BCP 47 tag, an absolute URI; ID, Published and
 * Language at most once.
 */
public final class DetailValues {

  private static final Set<DetailField> SINGLE = EnumSet.of(DetailField.ID, DetailField.PUBLISHED, DetailField.LANGUAGE);

  private final BriefingDraft draft;
  private final Set<DetailField> seen = EnumSet.noneOf(DetailField.class);

  /** @param draft where the values go */
  public DetailValues(BriefingDraft draft) {
    this.draft = draft;
  }

  /**
   * @param field which part; not {@link DetailField#SOURCE}
   * @param value the text after the label
   * @return null when read, else what is wrong with the value
   */
  public String put(DetailField field, String value) {
    String problem = checkOnce(field, value);
    if (problem != null) {
      return problem;
    }
    switch (field) {
      case ID:
        draft.id(value);
        return null;
      case PUBLISHED:
        try {
          draft.published(OffsetDateTime.parse(value));
          return null;
        } catch (DateTimeParseException e) {
          return "'" + value + "' is not a date-time with offset such as 2026-02-10T09:00Z";
        }
      case LANGUAGE:
        try {
          draft.language(new Locale.Builder().setLanguageTag(value).build());
          return null;
        } catch (IllformedLocaleException e) {
          return "'" + value + "' is not a BCP 47 language tag such as en-US";
        }
      case AUTHOR:
        draft.author(value);
        return null;
      case TAG:
        draft.tag(value);
        return null;
      default:
        throw new IllegalArgumentException("use source(title, url) for " + field);
    }
  }

  /**
   * @param title the source's title
   * @param url its address as written
   * @return null when read, else what is wrong
   */
  public String source(String title, String url) {
    if (title.isBlank()) {
      return "the source has no title";
    }
    try {
      URI uri = new URI(url);
      if (!uri.isAbsolute()) {
        return "'" + url + "' is not an absolute address such as https://example.com/";
      }
      draft.source(title, uri);
      return null;
    } catch (URISyntaxException e) {
      return "'" + url + "' is not an address: " + e.getReason();
    }
  }

  private String checkOnce(DetailField field, String value) {
    if (value.isBlank()) {
      return "the " + name(field) + " is empty";
    }
    if (SINGLE.contains(field) && !seen.add(field)) {
      return "a second " + name(field) + "; a briefing has one";
    }
    return null;
  }

  private static String name(DetailField field) {
    return field.name().toLowerCase(Locale.ROOT);
  }
}

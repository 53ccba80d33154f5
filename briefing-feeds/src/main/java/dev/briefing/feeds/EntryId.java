package dev.briefing.feeds;

import dev.briefing.core.Briefing;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.UUID;

/**
 * The id of a briefing's entry in every feed, stable across runs so a reader never shows one
 * briefing twice:
 *
 * <ul>
 *   <li>a {@code metadata.id} that is an absolute URI ({@code https://news.example/b/42},
 *       {@code urn:isbn:...}, {@code tag:news.example,2026:42}) is the id as it is;
 *   <li>any other {@code metadata.id} ({@code signal-2026-03-01}) gives {@code urn:uuid:} and the
 *       name-based (version 3) UUID of {@code "dev.briefing:id:"} followed by the id, so the same
 *       id always gives the same URN;
 *   <li>without a {@code metadata.id}, the name is {@code "dev.briefing:content:"} followed by
 *       the publication time (ISO 8601, empty when absent), a line feed, the title (empty when
 *       absent), a line feed and The Signal: the URN then changes only when one of these does.
 * </ul>
 *
 * <pre>{@code
 * String id = EntryId.of(briefing);   // "urn:uuid:5c0c6f0e-..." for metadata.id "signal-2026-03-01"
 * }</pre>
 */
public final class EntryId {

  private EntryId() {}

  /**
   * @param briefing the briefing
   * @return its entry id, an absolute URI
   */
  public static String of(Briefing briefing) {
    Optional<String> id = briefing.metadata().id();
    if (id.isPresent()) {
      return isAbsoluteUri(id.get()) ? id.get() : urn("dev.briefing:id:" + id.get());
    }
    String published = briefing.metadata().published().map(DateTimeFormatter.ISO_OFFSET_DATE_TIME::format).orElse("");
    return urn("dev.briefing:content:" + published + "\n" + briefing.title().orElse("") + "\n" + briefing.signal());
  }

  private static boolean isAbsoluteUri(String id) {
    try {
      return new URI(id).isAbsolute();
    } catch (URISyntaxException notAUri) {
      return false;
    }
  }

  private static String urn(String name) {
    return "urn:uuid:" + UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
  }
}

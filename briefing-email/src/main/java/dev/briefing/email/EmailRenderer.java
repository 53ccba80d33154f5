package dev.briefing.email;

import dev.briefing.core.Briefing;
import dev.briefing.core.format.BriefingRenderer;
import dev.briefing.email.internal.EmailDocument;
import dev.briefing.email.internal.EmailFit;
import dev.briefing.email.internal.EmailStyle;
import dev.briefing.email.internal.Piece;
import dev.briefing.email.internal.Preview;
import dev.briefing.email.internal.TextDirection;
import dev.briefing.email.internal.Utf8;
import dev.briefing.kit.PlainText;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionWalk;
import dev.briefing.kit.SectionWriter;
import dev.briefing.kit.Shortening;
import dev.briefing.render.text.TextRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.owasp.encoder.Encode;

/**
 * Writes a briefing as an email: HTML that Gmail, Outlook on Windows (the Word engine) and
 * Apple Mail show alike, a preheader, a subject and a plain-text alternative. Immutable and
 * thread-safe: build once, reuse.
 *
 * <p>The HTML is a table layout 600 pixels wide with every style inlined on its element, no
 * style sheet, no class, no flex or grid, widths in attributes, {@code lang} and {@code dir}
 * set, and a hidden preheader from The Signal. User text is escaped as the html format escapes
 * it; links are only those {@link SafeLinks} allows.
 *
 * <p>Gmail clips a message past 102 KB, hiding its end behind a link. An email whose HTML
 * would pass {@link Builder#maxBytes(int) maxBytes} (UTF-8 bytes, default {@value
 * #DEFAULT_MAX_BYTES}) keeps the title, The Signal and then its rows in order while they fit,
 * leaves out the rest, and ends with a note (and, when {@link Builder#fullBriefing} gives an
 * address, a link to the whole briefing); {@link Email#warnings()} says what was left out. The
 * plain-text part is always whole.
 *
 * <pre>{@code
 * Email email = EmailRenderer.builder()
 *     .options(RenderOptions.builder().labels(SectionLabels.german()).build())
 *     .fullBriefing(b -> b.metadata().id().map(id -> URI.create("https://news.example/b/" + id)))
 *     .build()
 *     .email(briefing);
 * String html = email.html();            // what render(briefing) returns
 * }</pre>
 */
public final class EmailRenderer implements BriefingRenderer {

  /** Gmail clips a message whose HTML passes 102 KB (counted here as 102,000 bytes). */
  public static final int GMAIL_CLIP_BYTES = 102_000;
  /** The default limit: under Gmail's, leaving room for what a mailer adds (a tracking pixel, an unsubscribe footer). */
  public static final int DEFAULT_MAX_BYTES = 100_000;
  /** The smallest limit: the document around the briefing takes about 2,000 bytes. */
  public static final int MIN_MAX_BYTES = 4_000;

  private static final Section[] SECTIONS = Section.values();
  private static final EmailRenderer STANDARD = builder().build();

  private final RenderOptions options;
  private final SectionLabels labels;
  private final SectionWalk<EmailOutput> replacements;
  private final SectionWalk<EmailOutput> walk;
  private final SectionWalk<EmailOutput> markedWalk;
  private final TextRenderer text;
  private final int maxBytes;
  private final Shortening shortening;

  private EmailRenderer(Builder builder) {
    this.options = builder.options;
    this.labels = options.labels();
    this.replacements = builder.replacements;
    String marked = " lang=\"" + Encode.forHtmlAttribute(labels.language().toLanguageTag()) + "\"";
    this.walk = EmailSections.walk(labels, "").overriddenBy(replacements);
    this.markedWalk = EmailSections.walk(labels, marked).overriddenBy(replacements);
    this.text = TextRenderer.of(options);
    this.maxBytes = builder.maxBytes;
    this.shortening = builder.shortening;
  }

  /** @return English labels, every section, the default size limit */
  public static EmailRenderer standard() {
    return STANDARD;
  }

  /** @return a builder starting from the standard settings */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * @param briefing the briefing, valid or not
   * @return the email: subject, preheader, HTML, plain text and warnings
   * @throws dev.briefing.core.BriefingValidationException for an impact order without a word
   */
  public Email email(Briefing briefing) {
    return compose(briefing, true);
  }

  /** The email, with its plain-text part only when asked: {@link #render} writes the HTML alone. */
  private Email compose(Briefing briefing, boolean withText) {
    Optional<Locale> briefingLanguage = briefing.metadata().language();
    Locale language = briefingLanguage.orElse(labels.language());
    String subject = briefing.title().map(t -> PlainText.clean(t).strip()).orElseGet(() -> Preview.of(briefing.signal(), 120));
    String preheader = Preview.of(briefing.signal(), 140);
    boolean marks = briefingLanguage.isPresent()
        && !briefingLanguage.get().getLanguage().equals(labels.language().getLanguage());

    StringBuilder rows = new StringBuilder(4096);
    EmailOutput out = new EmailOutput(rows, options);
    SectionWalk<EmailOutput> sections = marks ? markedWalk : walk;
    Set<Section> chosen = options.sections();
    try {
      for (Section section : SECTIONS) {
        if (chosen.contains(section) && section.isPresentIn(briefing)) {
          out.enter(section);
          sections.write(briefing, EnumSet.of(section), out);
        }
      }
      StringBuilder head = new StringBuilder(2048);
      EmailDocument.open(head, language.toLanguageTag(), TextDirection.of(language), subject, preheader);
      StringBuilder tail = new StringBuilder(256);
      EmailDocument.close(tail);
      List<Piece> pieces = out.pieces();
      long frame = Utf8.length(head) + Utf8.length(tail);
      long whole = frame + Utf8.length(rows);
      if (whole <= maxBytes) {
        return new Email(subject, preheader, head.append(rows).append(tail).toString(),
            withText ? text.render(briefing) : "", false, List.of());
      }
      String note = note(briefing);
      int kept = EmailFit.kept(pieces, maxBytes - frame - Utf8.length(note));
      int end = kept == 0 ? 0 : pieces.get(kept - 1).end();
      String html = head.append(rows, 0, end).append(note).append(tail).toString();
      long written = Utf8.length(html);
      String warning = EmailFit.warning(labels, pieces, kept, whole, maxBytes, written);
      return new Email(subject, preheader, html, withText ? text.render(briefing) : "", true, List.of(warning));
    } catch (IOException e) {
      throw new UncheckedIOException("The email is written in memory and cannot fail", e);
    }
  }

  /** The row that ends a shortened email: the note, and the link to the whole briefing when there is one. */
  private String note(Briefing briefing) throws IOException {
    StringBuilder note = new StringBuilder(512);
    EmailOutput out = new EmailOutput(note, options);
    out.row().markup("<p style=\"" + EmailStyle.SMALL + "\">").text(shortening.note());
    Optional<URI> link = shortening.link(briefing);
    if (link.isPresent() && SafeLinks.allows(link.get())) {
      out.markup(" ").link(link.get(), shortening.linkTitle());
    }
    out.markup("</p>\n").endRow();
    return note.toString();
  }

  @Override
  public void renderTo(Briefing briefing, Appendable out) throws IOException {
    out.append(compose(briefing, false).html());
  }

  @Override
  public String render(Briefing briefing) {
    return compose(briefing, false).html();
  }

  /** @return the options in use (labels and sections apply) */
  public RenderOptions options() {
    return options;
  }

  /** @return the most UTF-8 bytes of HTML an email may have before it is shortened */
  public int maxBytes() {
    return maxBytes;
  }

  @Override
  public String toString() {
    return "EmailRenderer[" + options + ", maxBytes=" + maxBytes + "]";
  }

  /** Builds an {@link EmailRenderer}; every setting starts at {@link #standard()}'s. */
  public static final class Builder {
    private RenderOptions options = RenderOptions.standard();
    private SectionWalk<EmailOutput> replacements = SectionWalk.empty();
    private int maxBytes = DEFAULT_MAX_BYTES;
    private Shortening shortening = Shortening.of("This briefing is shortened to fit an email.");

    private Builder() {}

    /**
     * @param options the options, of which the labels and the sections apply
     * @return this builder
     */
    public Builder options(RenderOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      return this;
    }

    /**
     * @param section the section to write differently
     * @param writer how to write it, in rows of its own ({@link EmailOutput#row()})
     * @return this builder
     */
    public Builder section(Section section, SectionWriter<? super EmailOutput> writer) {
      this.replacements = replacements.with(section, writer);
      return this;
    }

    /**
     * @param maxBytes the most UTF-8 bytes of HTML before the email is shortened; default
     *     {@value EmailRenderer#DEFAULT_MAX_BYTES}, at least {@value EmailRenderer#MIN_MAX_BYTES}
     * @return this builder
     * @throws IllegalArgumentException when below the minimum
     */
    public Builder maxBytes(int maxBytes) {
      if (maxBytes < MIN_MAX_BYTES) {
        throw new IllegalArgumentException("maxBytes must be at least " + MIN_MAX_BYTES
            + " (the document around the briefing takes about 2,000), but was " + maxBytes);
      }
      this.maxBytes = maxBytes;
      return this;
    }

    /**
     * @param shortening what a shortened email says, and where it links; by default the note
     *     "This briefing is shortened to fit an email." and no link
     * @return this builder
     */
    public Builder shortening(Shortening shortening) {
      this.shortening = Objects.requireNonNull(shortening, "shortening");
      return this;
    }

    /**
     * @param note the sentence that ends a shortened email; default "This briefing is shortened to fit an email."
     * @return this builder
     * @see Shortening#withNote
     */
    public Builder shortenedNote(String note) {
      this.shortening = shortening.withNote(note);
      return this;
    }

    /**
     * @param title the text of the link to the whole briefing; default "Read the full briefing"
     * @return this builder
     * @see Shortening#withLinkTitle
     */
    public Builder fullBriefingTitle(String title) {
      this.shortening = shortening.withLinkTitle(title);
      return this;
    }

    /**
     * @param link where a briefing can be read whole, linked from a shortened email when the
     *     address passes {@link SafeLinks}; none by default
     * @return this builder
     * @see Shortening#withLink
     */
    public Builder fullBriefing(Function<Briefing, Optional<URI>> link) {
      this.shortening = shortening.withLink(link);
      return this;
    }

    /** @return the renderer */
    public EmailRenderer build() {
      return new EmailRenderer(this);
    }
  }
}

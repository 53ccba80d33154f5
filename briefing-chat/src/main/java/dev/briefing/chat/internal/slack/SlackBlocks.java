package dev.briefing.chat.internal.slack;

import dev.briefing.kit.Paragraphs;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Block Kit blocks as a briefing's sections are written, every text within its limit: a header,
 * a section per part with a divider between parts, text entries packed into section blocks,
 * fields into sections of at most ten, details and sources into context blocks. One per message
 * set being written; not thread-safe.
 */
public final class SlackBlocks {

  private final MrkdwnPieces pieces;
  private final String sourceLabel;
  private final List<Block> blocks = new ArrayList<>();
  private String heading;
  /** Whether the part's divider, and its heading, are already among the blocks. */
  private boolean begun;
  private boolean headed;
  private final List<String> texts = new ArrayList<>();
  private final List<String> fields = new ArrayList<>();
  private final List<String> elements = new ArrayList<>();

  /**
   * @param options the labels' language sets where sentences end when text is cut
   */
  public SlackBlocks(RenderOptions options) {
    this.pieces = new MrkdwnPieces(options.language());
    this.sourceLabel = options.labels().source();
  }

  /**
   * Writes a {@code header}, shortened at a word when over its limit, the whole title then
   * following in a section so that none of it is lost.
   *
   * @param title plain text
   */
  public void header(String title) {
    close();
    if (title.length() <= SlackLimits.HEADER) {
      blocks.add(new Block.Header(title));
      return;
    }
    String start = title.substring(0, SlackLimits.HEADER - 1);
    int space = start.lastIndexOf(' ');
    if (space > SlackLimits.HEADER / 2) {
      start = start.substring(0, space);
    } else if (Character.isHighSurrogate(start.charAt(start.length() - 1))) {
      start = start.substring(0, start.length() - 1);
    }
    blocks.add(new Block.Header(start + "…"));
    for (String text : MrkdwnPieces.pack("", pieces.entry("", "", title, SlackLimits.SECTION_TEXT), SlackLimits.SECTION_TEXT)) {
      blocks.add(Block.Section.of(text));
    }
  }

  /**
   * Starts a part: a divider after any block before it, then the label in bold heading its
   * first block.
   *
   * @param label plain text; empty for a part without a heading
   */
  public void part(String label) {
    close();
    heading = label.isEmpty() ? "" : "*" + Mrkdwn.escape(label) + "*";
  }

  /** @param text paragraphs, each its own entry */
  public void paragraphs(String text) {
    open();
    for (String paragraph : Paragraphs.of(text)) {
      texts.addAll(pieces.entry("", "", paragraph, SlackLimits.SECTION_TEXT));
    }
  }

  /**
   * @param bold words in bold before the text, where they can be bold
   * @param separator what comes between them and the text
   * @param text plain text
   */
  public void entry(String bold, String separator, String text) {
    open();
    texts.addAll(pieces.entry(bold, separator, text, SlackLimits.SECTION_TEXT));
  }

  /**
   * @param title the field's first line, in bold
   * @param text the lines below it
   */
  public void field(String title, String text) {
    open();
    fields.addAll(pieces.entry(title, "\n", text, SlackLimits.FIELD));
  }

  /**
   * @param label the detail's label, plain text
   * @param value its value, plain text
   */
  public void detail(String label, String value) {
    open();
    elements.addAll(pieces.labelled(label + ": ", value, SlackLimits.CONTEXT_TEXT));
  }

  /**
   * A {@code context} block right after the entries before it, such as a judgment's likelihood
   * and confidence under its text: the part's entries so far are written first, so that the
   * note stays next to what it qualifies.
   *
   * @param parts plain text, one context element each (more when one is over its limit)
   */
  public void note(List<String> parts) {
    if (parts.isEmpty()) {
      return;
    }
    open();
    writeTexts();
    List<String> notes = new ArrayList<>();
    for (String part : parts) {
      notes.addAll(pieces.labelled("", part, SlackLimits.CONTEXT_TEXT));
    }
    begin();
    for (int start = 0; start < notes.size(); start += SlackLimits.CONTEXT_ELEMENTS) {
      blocks.add(new Block.Context(List.copyOf(notes.subList(start, Math.min(notes.size(), start + SlackLimits.CONTEXT_ELEMENTS)))));
    }
  }

  /**
   * A source: its title and a link where {@link SafeLinks} allows one, else the address as text.
   *
   * @param title plain text
   * @param url the address, from the model
   */
  public void link(String title, URI url) {
    Optional<String> link = SafeLinks.of(url).map(safe -> "<" + safe.replace("&", "&amp;") + "|" + linkText(url) + ">");
    if (link.isEmpty()) {
      // Not an address to link: shown as text, so nothing of the briefing is lost.
      detail(title, url.toString());
      return;
    }
    open();
    List<String> words = pieces.labelled("", title, SlackLimits.CONTEXT_TEXT);
    String last = words.get(words.size() - 1) + " " + link.get();
    if (last.length() <= SlackLimits.CONTEXT_TEXT) {
      elements.addAll(words.subList(0, words.size() - 1));
      elements.add(last);
    } else {
      elements.addAll(words);
      elements.add(link.get());
    }
  }

  /** @return every block written, in order, not yet cut into messages */
  public List<Block> blocks() {
    close();
    return blocks;
  }

  /** Entries written before any part go in one without a heading. */
  private void open() {
    if (heading == null) {
      heading = "";
    }
  }

  private void close() {
    if (heading == null) {
      return;
    }
    if (!texts.isEmpty() || !headed && fields.isEmpty() && elements.isEmpty()) {
      writeTexts();
    }
    for (int start = 0; start < fields.size(); start += SlackLimits.FIELDS) {
      List<String> group = fields.subList(start, Math.min(fields.size(), start + SlackLimits.FIELDS));
      Optional<String> text = headed || heading.isEmpty() ? Optional.empty() : Optional.of(heading);
      begin();
      blocks.add(new Block.Section(text, List.copyOf(group)));
      headed = true;
    }
    if (!headed && !heading.isEmpty() && !elements.isEmpty()) {
      begin();
      blocks.add(Block.Section.of(heading));
    }
    for (int start = 0; start < elements.size(); start += SlackLimits.CONTEXT_ELEMENTS) {
      begin();
      blocks.add(new Block.Context(List.copyOf(elements.subList(start, Math.min(elements.size(), start + SlackLimits.CONTEXT_ELEMENTS)))));
    }
    heading = null;
    begun = false;
    headed = false;
    texts.clear();
    fields.clear();
    elements.clear();
  }

  /** The part's text entries so far in section blocks, the heading (once) first. */
  private void writeTexts() {
    begin();
    for (String text : MrkdwnPieces.pack(headed ? "" : heading, texts, SlackLimits.SECTION_TEXT)) {
      blocks.add(Block.Section.of(text));
    }
    headed = true;
    texts.clear();
  }

  /** A divider before the part's first block, when blocks came before it. */
  private void begin() {
    if (!begun && !blocks.isEmpty()) {
      blocks.add(new Block.Divider());
    }
    begun = true;
  }

  /**
   * The words of a link are the host: a link's text cannot hold a formatting breaker, and a
   * host name is letters, digits, dots and hyphens. Anything else (a mailto address has no
   * host) gets the label for a source.
   */
  private String linkText(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
    return host.matches("[a-z0-9.-]+") ? host : Mrkdwn.escape(sourceLabel).replace("|", "");
  }
}

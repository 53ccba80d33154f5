package dev.briefing.chat.internal.slack;

import dev.briefing.core.Briefing;
import dev.briefing.core.Figure;
import dev.briefing.core.Impact;
import dev.briefing.core.Metadata;
import dev.briefing.core.Source;
import dev.briefing.core.WatchItem;
import dev.briefing.kit.Paragraphs;
import dev.briefing.kit.RenderOptions;
import dev.briefing.kit.SafeLinks;
import dev.briefing.kit.Section;
import dev.briefing.kit.SectionLabels;
import dev.briefing.kit.SectionWalk;
import java.net.URI;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Lays a briefing out as Block Kit blocks, every text within its limit: a header, a section
 * per part with a divider between parts, figures as section fields, details and sources as
 * context elements. Immutable and thread-safe.
 */
public final class SlackLayout {

  private final SectionLabels labels;
  private final Set<Section> sections;
  private final MrkdwnPieces pieces;
  private final SectionWalk<List<Block>> walk;

  /**
   * @param options the labels and the sections to write; the other options do not apply
   */
  public SlackLayout(RenderOptions options) {
    this.labels = options.labels();
    this.sections = options.sections();
    this.pieces = new MrkdwnPieces(options.language());
    this.walk = SectionWalk.<List<Block>>empty()
        .with(Section.TITLE, (b, blocks) -> title(b.title().orElseThrow(), blocks))
        .with(Section.SIGNAL, (b, blocks) -> part(blocks, labels.signal(), paragraphs(b.signal())))
        .with(Section.WHAT_HAPPENED, (b, blocks) -> part(blocks, labels.whatHappened(), paragraphs(b.whatHappened())))
        .with(Section.WHY_IT_MATTERS, this::impacts)
        .with(Section.THE_NUMBERS, (b, blocks) -> figures(b.figures(), blocks))
        .with(Section.WHAT_TO_WATCH, this::watchItems)
        .with(Section.DETAILS, (b, blocks) -> details(b.metadata(), blocks));
  }

  /**
   * @param briefing the briefing
   * @return its blocks in order, not yet cut into messages
   */
  public List<Block> blocks(Briefing briefing) {
    List<Block> blocks = new ArrayList<>();
    try {
      walk.write(briefing, sections, blocks);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e); // a list of blocks cannot fail
    }
    return blocks;
  }

  private void impacts(Briefing briefing, List<Block> blocks) {
    List<String> entries = new ArrayList<>();
    for (Impact impact : briefing.impacts()) {
      entries.addAll(pieces.entry(orderLabel(impact.order()) + ":", " ", impact.text(), SlackLimits.SECTION_TEXT));
    }
    part(blocks, labels.whyItMatters(), entries);
  }

  private void watchItems(Briefing briefing, List<Block> blocks) {
    List<String> entries = new ArrayList<>();
    for (WatchItem item : briefing.watchItems()) {
      entries.addAll(pieces.entry(item.title(), "\n", item.description(), SlackLimits.SECTION_TEXT));
    }
    part(blocks, labels.whatToWatch(), entries);
  }

  private String orderLabel(int order) {
    return order >= 1 && order <= labels.impactOrders().size() ? labels.impactOrder(order) : String.valueOf(order);
  }

  private void title(String title, List<Block> blocks) {
    if (title.length() <= SlackLimits.HEADER) {
      blocks.add(new Block.Header(title));
      return;
    }
    // The header shows the title's start; the whole title follows so that none of it is lost.
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

  private List<String> paragraphs(String text) {
    List<String> entries = new ArrayList<>();
    for (String paragraph : Paragraphs.of(text)) {
      entries.addAll(pieces.entry("", "", paragraph, SlackLimits.SECTION_TEXT));
    }
    return entries;
  }

  private void part(List<Block> blocks, String label, List<String> entries) {
    divide(blocks);
    for (String text : MrkdwnPieces.pack(heading(label), entries, SlackLimits.SECTION_TEXT)) {
      blocks.add(Block.Section.of(text));
    }
  }

  private static String heading(String label) {
    return "*" + Mrkdwn.escape(label) + "*";
  }

  private static void divide(List<Block> blocks) {
    if (!blocks.isEmpty()) {
      blocks.add(new Block.Divider());
    }
  }

  private void figures(List<Figure> figures, List<Block> blocks) {
    List<String> fields = new ArrayList<>();
    for (Figure figure : figures) {
      StringBuilder about = new StringBuilder(figure.label());
      figure.source().ifPresent(source -> about.append(" · ").append(source));
      figure.asOf().ifPresent(asOf -> about.append(" · ").append(labels.asOf()).append(' ').append(asOf));
      fields.addAll(pieces.entry(figure.value(), "\n", about.toString(), SlackLimits.FIELD));
    }
    divide(blocks);
    for (int start = 0; start < fields.size(); start += SlackLimits.FIELDS) {
      List<String> group = fields.subList(start, Math.min(fields.size(), start + SlackLimits.FIELDS));
      Optional<String> text = start == 0 ? Optional.of(heading(labels.theNumbers())) : Optional.empty();
      blocks.add(new Block.Section(text, List.copyOf(group)));
    }
  }

  private void details(Metadata metadata, List<Block> blocks) {
    List<String> elements = new ArrayList<>();
    metadata.id().ifPresent(id -> detail(elements, labels.id(), id));
    metadata.published().ifPresent(at -> detail(elements, labels.published(), DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at)));
    metadata.language().ifPresent(language -> detail(elements, labels.languageLabel(), language.toLanguageTag()));
    if (!metadata.authors().isEmpty()) {
      detail(elements, labels.author(), String.join(", ", metadata.authors()));
    }
    if (!metadata.tags().isEmpty()) {
      detail(elements, labels.tag(), String.join(", ", metadata.tags()));
    }
    for (Source source : metadata.sources()) {
      source(source, elements);
    }
    divide(blocks);
    for (int start = 0; start < elements.size(); start += SlackLimits.CONTEXT_ELEMENTS) {
      blocks.add(new Block.Context(List.copyOf(elements.subList(start, Math.min(elements.size(), start + SlackLimits.CONTEXT_ELEMENTS)))));
    }
  }

  private void detail(List<String> elements, String label, String value) {
    elements.addAll(pieces.labelled(label + ": ", value, SlackLimits.CONTEXT_TEXT));
  }

  private void source(Source source, List<String> elements) {
    Optional<String> link = SafeLinks.of(source.url()).map(url -> "<" + url.replace("&", "&amp;") + "|" + linkText(source.url()) + ">");
    if (link.isEmpty()) {
      // Not an address to link: shown as text, so nothing of the briefing is lost.
      detail(elements, source.title(), source.url().toString());
      return;
    }
    List<String> title = pieces.labelled("", source.title(), SlackLimits.CONTEXT_TEXT);
    String last = title.get(title.size() - 1) + " " + link.get();
    if (last.length() <= SlackLimits.CONTEXT_TEXT) {
      elements.addAll(title.subList(0, title.size() - 1));
      elements.add(last);
    } else {
      elements.addAll(title);
      elements.add(link.get());
    }
  }

  /**
   * The words of a link are the host: a link's text cannot hold a formatting breaker, and a
   * host name is letters, digits, dots and hyphens. Anything else (a mailto address has no
   * host) gets the label for a source.
   */
  private String linkText(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(java.util.Locale.ROOT);
    return host.matches("[a-z0-9.-]+") ? host : Mrkdwn.escape(labels.source()).replace("|", "");
  }
}

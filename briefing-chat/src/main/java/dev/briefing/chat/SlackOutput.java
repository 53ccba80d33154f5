package dev.briefing.chat;

import dev.briefing.chat.internal.slack.Block;
import dev.briefing.chat.internal.slack.SlackBlocks;
import dev.briefing.kit.RenderOptions;
import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * Where a Slack section writer writes: Block Kit blocks, every text escaped as the built-in
 * sections escape it (no mention, link or formatting from user text) and within Slack's limits,
 * cut and spilled into further messages as the built-in sections are. A section is a divider,
 * then {@code mrkdwn} sections headed by its label in bold, its fields in sections of at most
 * ten, then its details and links as {@code context} elements; a {@linkplain #note note} is a
 * {@code context} block in place, after the text it qualifies. One per rendered briefing; not
 * thread-safe.
 *
 * <pre>{@code
 * SlackRenderer slack = SlackRenderer.builder()
 *     .section(Section.THE_NUMBERS, (briefing, out) -> {
 *       out.section("Key figures");
 *       for (Figure figure : briefing.figures()) {
 *         out.text(figure.value(), figure.label());     // "*$72.3B* Total capital raised"
 *       }
 *     })
 *     .build();
 * }</pre>
 */
public final class SlackOutput {

  private final RenderOptions options;
  private final SlackBlocks blocks;

  SlackOutput(RenderOptions options) {
    this.options = options;
    this.blocks = new SlackBlocks(options);
  }

  /** @return the renderer's options: labels and sections */
  public RenderOptions options() {
    return options;
  }

  /**
   * Writes a {@code header}: at most 150 characters, a longer title shortened at a word there
   * and then written whole in a section.
   *
   * @param title the words
   * @return this output
   */
  public SlackOutput header(String title) {
    blocks.header(Objects.requireNonNull(title, "title"));
    return this;
  }

  /**
   * Starts a section: a divider after what came before, then the label in bold.
   *
   * @param label the heading's words; empty for a section without a heading
   * @return this output
   */
  public SlackOutput section(String label) {
    blocks.part(Objects.requireNonNull(label, "label"));
    return this;
  }

  /**
   * @param text paragraphs, a blank line apart as in the model
   * @return this output
   */
  public SlackOutput text(String text) {
    blocks.paragraphs(Objects.requireNonNull(text, "text"));
    return this;
  }

  /**
   * @param lead words in bold before the text, then a space, such as an impact's order
   * @param text the words after them
   * @return this output
   */
  public SlackOutput text(String lead, String text) {
    blocks.entry(Objects.requireNonNull(lead, "lead"), " ", Objects.requireNonNull(text, "text"));
    return this;
  }

  /**
   * @param title words in bold on a line of their own, such as a watch item's title
   * @param text the words below them
   * @return this output
   */
  public SlackOutput titled(String title, String text) {
    blocks.entry(Objects.requireNonNull(title, "title"), "\n", Objects.requireNonNull(text, "text"));
    return this;
  }

  /**
   * @param title a field's first line, in bold
   * @param text the lines below it
   * @return this output
   */
  public SlackOutput field(String title, String text) {
    blocks.field(Objects.requireNonNull(title, "title"), Objects.requireNonNull(text, "text"));
    return this;
  }

  /**
   * @param label a context element's label
   * @param value its value
   * @return this output
   */
  public SlackOutput detail(String label, String value) {
    blocks.detail(Objects.requireNonNull(label, "label"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /**
   * Writes a {@code context} block right after what came before, such as a judgment's {@code
   * "Likelihood: likely"} and {@code "Confidence: moderate"} under its text, escaped as all text
   * is. Nothing for no parts.
   *
   * @param parts the words of each context element
   * @return this output
   */
  public SlackOutput note(List<String> parts) {
    blocks.note(List.copyOf(Objects.requireNonNull(parts, "parts")));
    return this;
  }

  /**
   * Writes a context element with the title and a link, where the kit's {@code SafeLinks}
   * allows the address, else the title and the address as text.
   *
   * @param title the words
   * @param url the address, from the model
   * @return this output
   */
  public SlackOutput link(String title, URI url) {
    blocks.link(Objects.requireNonNull(title, "title"), Objects.requireNonNull(url, "url"));
    return this;
  }

  /** @return the blocks written, for cutting into messages */
  List<Block> blocks() {
    return blocks.blocks();
  }
}

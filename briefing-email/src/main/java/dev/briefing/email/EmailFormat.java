package dev.briefing.email;

import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.BriefingParser;
import dev.briefing.core.format.BriefingRenderer;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The {@code email} format: HTML for mail clients ({@code text/html}, extension
 * {@code .email.html}); rendering only. Its probe cannot tell an email from a page, so an
 * input is never taken for it. Found by {@link java.util.ServiceLoader}; construct it with your
 * own renderer to register other options in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new EmailFormat(EmailRenderer.builder().maxBytes(60_000).build()));
 * String html = formats.renderer("email").render(briefing);
 * }</pre>
 */
public final class EmailFormat implements BriefingFormat {

  private final EmailRenderer renderer;

  /** The format with {@link EmailRenderer#standard()}. */
  public EmailFormat() {
    this(EmailRenderer.standard());
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public EmailFormat(EmailRenderer renderer) {
    this.renderer = Objects.requireNonNull(renderer, "renderer");
  }

  @Override
  public String name() {
    return "email";
  }

  @Override
  public String mediaType() {
    return "text/html";
  }

  @Override
  public List<String> extensions() {
    return List.of(".email.html");
  }

  @Override
  public Optional<BriefingRenderer> renderer() {
    return Optional.of(renderer);
  }

  @Override
  public Optional<BriefingParser> parser() {
    return Optional.empty();
  }

  @Override
  public String toString() {
    return "EmailFormat[text/html]";
  }
}

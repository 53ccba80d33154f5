package dev.briefing.email;

import dev.briefing.core.format.DescribedFormat;
import dev.briefing.core.format.FormatDescriptor;
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
public final class EmailFormat extends DescribedFormat {

  // Not primary for text/html: a page asked for by media type is the html format's.
  private static final FormatDescriptor DESCRIPTOR = FormatDescriptor.builder("email", "text/html")
      .extensions(".email.html")
      .build();

  /** The format with {@link EmailRenderer#standard()}. */
  public EmailFormat() {
    this(EmailRenderer.standard());
  }

  /**
   * @param renderer the renderer this format hands out
   */
  public EmailFormat(EmailRenderer renderer) {
    super(DESCRIPTOR, Optional.of(Objects.requireNonNull(renderer, "renderer")), Optional.empty());
  }
}

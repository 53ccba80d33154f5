package dev.briefing.feeds;

import dev.briefing.core.format.DescribedFormat;
import dev.briefing.core.format.FormatDescriptor;
import java.util.Objects;

/**
 * The {@code atom} format ({@code application/atom+xml}, {@code .atom}): an Atom 1.0 feed of any
 * number of briefings; rendering only. Found by {@link java.util.ServiceLoader} with {@link
 * FeedOptions#standard()}; construct it with your own options to register them in code.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault()
 *     .with(new AtomFormat(FeedOptions.builder().title("Weekly").author("Newsroom").build()));
 * }</pre>
 */
public final class AtomFormat extends DescribedFormat {

  private static final FormatDescriptor DESCRIPTOR =
      FormatDescriptor.builder("atom", "application/atom+xml").extensions(".atom").multiDocument().build();

  /** The format with {@link FeedOptions#standard()}. */
  public AtomFormat() {
    this(FeedOptions.standard());
  }

  /** @param options the feed's options */
  public AtomFormat(FeedOptions options) {
    // Made on first use: a registry of every format builds only the renderers a program uses.
    super(DESCRIPTOR, () -> XmlFeedRenderer.atom(options));
    Objects.requireNonNull(options, "options");
  }
}

package dev.briefing.core.format;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * What tells a format apart, stated once: its name, media type and file extensions, whether one
 * input holds many briefings, and the probe that recognises its inputs. A format is built from
 * one ({@link DescribedFormat}), and {@link #format(Optional, Optional)} gives the same format
 * with another renderer or parser, so code that reads or writes a format with other options
 * needs no copy of the format's description. Immutable and thread-safe.
 *
 * <pre>{@code
 * FormatDescriptor house = FormatDescriptor.builder("house", "text/x-house")
 *     .extensions(".house", ".house.txt")
 *     .probe(InputHead.firstLine(line -> line.startsWith("%house"), MatchStrength.FULL_MATCH))
 *     .build();
 * BriefingFormat format = house.format(Optional.of(new HouseRenderer()), Optional.empty());
 * }</pre>
 */
public final class FormatDescriptor {

  private final String name;
  private final String mediaType;
  private final List<String> extensions;
  private final boolean multiDocument;
  private final boolean primaryForMediaType;
  private final Function<CharSequence, MatchStrength> probe;

  private FormatDescriptor(Builder builder) {
    this.name = builder.name;
    this.mediaType = builder.mediaType;
    this.extensions = builder.extensions;
    this.multiDocument = builder.multiDocument;
    this.primaryForMediaType = builder.primaryForMediaType;
    this.probe = builder.probe;
  }

  /**
   * @param name the unique, lower-case name, such as {@code markdown}
   * @param mediaType the media type without parameters, such as {@code text/markdown}
   * @return a builder of a single-document format that cannot tell its inputs apart, until told
   * @throws IllegalArgumentException when the name or the media type is blank
   */
  public static Builder builder(String name, String mediaType) {
    return new Builder(nonBlank(name, "name"), nonBlank(mediaType, "mediaType"));
  }

  /**
   * @param format any format, written on this type or not
   * @return what describes it: its own descriptor, or one that asks it
   */
  public static FormatDescriptor of(BriefingFormat format) {
    if (format instanceof DescribedFormat described) {
      return described.descriptor();
    }
    Builder builder = builder(format.name(), format.mediaType()).probe(format::probe);
    builder.extensions = List.copyOf(format.extensions());
    builder.multiDocument = format.multiDocument();
    return builder.build();
  }

  /** @return the name, as {@link BriefingFormat#name()} */
  public String name() {
    return name;
  }

  /** @return the media type, as {@link BriefingFormat#mediaType()} */
  public String mediaType() {
    return mediaType;
  }

  /** @return the extensions with their dot, the preferred first, as {@link BriefingFormat#extensions()} */
  public List<String> extensions() {
    return extensions;
  }

  /** @return whether one input holds many briefings, as {@link BriefingFormat#multiDocument()} */
  public boolean multiDocument() {
    return multiDocument;
  }

  /**
   * @return whether the format answers for its media type when other formats share it, as
   *     {@link FormatRegistry#byMediaType(String)} decides
   */
  public boolean primaryForMediaType() {
    return primaryForMediaType;
  }

  /**
   * @param head the first characters of an input
   * @return how strongly they look like this format, as {@link BriefingFormat#probe(CharSequence)}
   */
  public MatchStrength probe(CharSequence head) {
    return probe.apply(head);
  }

  /**
   * @param renderer the renderer the format hands out, if it can be written
   * @param parser the parser it hands out, if it can be read
   * @return the format so described, with that renderer and parser
   */
  public BriefingFormat format(Optional<BriefingRenderer> renderer, Optional<BriefingParser> parser) {
    return new DescribedFormat(this, renderer, parser);
  }

  @Override
  public String toString() {
    return "FormatDescriptor[" + name + ", " + mediaType + ", " + extensions + (multiDocument ? ", many]" : "]");
  }

  private static String nonBlank(String value, String what) {
    if (Objects.requireNonNull(value, what).isBlank()) {
      throw new IllegalArgumentException("A format's " + what + " must not be blank");
    }
    return value;
  }

  /** Builds a {@link FormatDescriptor}. */
  public static final class Builder {
    private final String name;
    private final String mediaType;
    private List<String> extensions = List.of();
    private boolean multiDocument;
    private boolean primaryForMediaType;
    private Function<CharSequence, MatchStrength> probe = head -> MatchStrength.INCONCLUSIVE;

    private Builder(String name, String mediaType) {
      this.name = name;
      this.mediaType = mediaType;
    }

    /**
     * @param extensions the file extensions with their dot, the preferred first; one may be
     *     compound, such as {@code .slack.json}
     * @return this builder
     * @throws IllegalArgumentException when one does not start with a dot or has nothing after it
     */
    public Builder extensions(String... extensions) {
      for (String extension : extensions) {
        if (!extension.startsWith(".") || extension.length() < 2) {
          throw new IllegalArgumentException("A format's extension starts with a dot, as '.md' does, but '"
              + extension + "' does not");
        }
      }
      this.extensions = List.of(extensions);
      return this;
    }

    /**
     * Says that one input of the format holds any number of briefings, as NDJSON does.
     *
     * @return this builder
     */
    public Builder multiDocument() {
      this.multiDocument = true;
      return this;
    }

    /**
     * Says that the format is the one that answers for its media type, so that {@link
     * FormatRegistry#byMediaType(String)} (and content negotiation on top of it) picks it over
     * other formats of that media type: {@code html} is the primary {@code text/html} format,
     * {@code email} writes {@code text/html} too but is not.
     *
     * @return this builder
     */
    public Builder primaryForMediaType() {
      this.primaryForMediaType = true;
      return this;
    }

    /**
     * @param probe how strongly an input's first characters look like the format; {@link
     *     MatchStrength#INCONCLUSIVE} by default. {@link InputHead#firstLine} makes the usual one
     * @return this builder
     */
    public Builder probe(Function<CharSequence, MatchStrength> probe) {
      this.probe = Objects.requireNonNull(probe, "probe");
      return this;
    }

    /** @return the descriptor */
    public FormatDescriptor build() {
      return new FormatDescriptor(this);
    }
  }
}

package dev.briefing.core.format;

import dev.briefing.core.BriefingException;
import dev.briefing.core.UnknownFormatException;
import dev.briefing.core.internal.convert.BrokenProviders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The formats a program can use, looked up by name, media type or file extension, or told from
 * an input's first characters. Immutable and thread-safe; {@link #with(BriefingFormat)} returns
 * a new registry.
 *
 * <p>Names are unique, settled by an explicit precedence, never by class-path order: two formats
 * of one name found by {@link ServiceLoader} are an error naming both classes, while a format
 * registered in code ({@link #with(BriefingFormat)}) replaces the one of its name, built in or
 * not.
 *
 * <pre>{@code
 * FormatRegistry formats = FormatRegistry.loadDefault();      // every format on the class path
 * BriefingRenderer html = formats.renderer("html");
 * BriefingFormat md = formats.forFileName("notes/signal.md"); // by extension
 * FormatRegistry mine = formats.with(new HouseStyleFormat()); // add or replace one in code
 * }</pre>
 */
public final class FormatRegistry {

  private final Map<String, BriefingFormat> byName;

  private FormatRegistry(Map<String, BriefingFormat> byName) {
    this.byName = Collections.unmodifiableMap(byName);
  }

  /**
   * @return the formats found by {@link ServiceLoader} with this library's class loader
   * @throws BrokenFormatProviderException naming a provider that could not be loaded
   */
  public static FormatRegistry loadDefault() {
    return load(ServiceLoader.load(BriefingFormat.class, FormatRegistry.class.getClassLoader()));
  }

  /**
   * @param classLoader where to look for {@code META-INF/services} entries
   * @return the formats found by {@link ServiceLoader} with {@code classLoader}
   * @throws BrokenFormatProviderException naming a provider that could not be loaded
   */
  public static FormatRegistry load(ClassLoader classLoader) {
    return load(ServiceLoader.load(BriefingFormat.class, classLoader));
  }

  private static FormatRegistry load(ServiceLoader<BriefingFormat> loader) {
    List<BriefingFormat> found = new ArrayList<>();
    Iterator<ServiceLoader.Provider<BriefingFormat>> providers = loader.stream().iterator();
    while (true) {
      ServiceLoader.Provider<BriefingFormat> provider;
      try {
        if (!providers.hasNext()) {
          return load(found);
        }
        provider = providers.next();
      } catch (ServiceConfigurationError e) {
        // The class is missing or is not a format: only the loader's message names it.
        throw new BrokenFormatProviderException(BrokenProviders.named(e), BrokenProviders.problem(e), e);
      }
      try {
        found.add(provider.get());
      } catch (ServiceConfigurationError e) {
        throw new BrokenFormatProviderException(provider.type().getName(), BrokenProviders.problem(e), e);
      } catch (RuntimeException | LinkageError e) {
        throw new BrokenFormatProviderException(provider.type().getName(), String.valueOf(e), e);
      }
    }
  }

  /** The formats found by discovery, in the order found; a name found twice is an error. */
  static FormatRegistry load(Iterable<BriefingFormat> discovered) {
    FormatRegistry registry = empty();
    for (BriefingFormat format : discovered) {
      registry = registry.withDiscovered(format);
    }
    return registry;
  }

  /** A format found by ServiceLoader: one of a name already found is an error, not a choice. */
  private FormatRegistry withDiscovered(BriefingFormat format) {
    BriefingFormat first = byName.get(format.name());
    if (first != null) {
      throw new BriefingException("Two formats on the class path are named '" + format.name() + "': "
          + first.getClass().getName() + " and " + format.getClass().getName()
          + "; remove one jar, or register the one to use in code with FormatRegistry.with(format)");
    }
    return with(format);
  }

  /** @return a registry with no formats */
  public static FormatRegistry empty() {
    return new FormatRegistry(new LinkedHashMap<>());
  }

  /**
   * @param formats the formats
   * @return a registry of exactly these formats
   */
  public static FormatRegistry of(BriefingFormat... formats) {
    FormatRegistry registry = empty();
    for (BriefingFormat format : formats) {
      registry = registry.with(format);
    }
    return registry;
  }

  /**
   * Adds a format, replacing any registered under the same name: registration in code beats
   * what {@link ServiceLoader} found.
   *
   * @param format the format
   * @return a new registry with the format
   */
  public FormatRegistry with(BriefingFormat format) {
    String name = format.name();
    if (name == null || name.isBlank() || !name.equals(name.toLowerCase(Locale.ROOT))) {
      throw new IllegalArgumentException("A format name must be non-blank lower case, but was '" + name + "'");
    }
    Map<String, BriefingFormat> copy = new LinkedHashMap<>(byName);
    copy.put(name, format);
    return new FormatRegistry(copy);
  }

  /** @return every format, sorted by name */
  public List<BriefingFormat> formats() {
    List<BriefingFormat> all = new ArrayList<>(byName.values());
    all.sort(Comparator.comparing(BriefingFormat::name));
    return List.copyOf(all);
  }

  /** @return the names of every format, sorted */
  public List<String> names() {
    return formats().stream().map(BriefingFormat::name).toList();
  }

  /**
   * @param name a format name, case-insensitive, such as {@code "markdown"}
   * @return the format, if registered
   */
  public Optional<BriefingFormat> find(String name) {
    return Optional.ofNullable(byName.get(name.toLowerCase(Locale.ROOT)));
  }

  /**
   * @param name a format name, case-insensitive
   * @return the format
   * @throws UnknownFormatException listing the known formats, when none has that name
   */
  public BriefingFormat byName(String name) {
    return find(name).orElseThrow(() -> unknown("Unknown format '" + name + "'"));
  }

  /**
   * Finds the format that answers for a media type. Several formats may write one media type
   * ({@code html} and {@code email} both write {@code text/html}); then the one whose {@link
   * FormatDescriptor#primaryForMediaType() descriptor marks it primary} wins, and among equals
   * the first by name. A format registered in code that should answer for a media type marks
   * its descriptor primary.
   *
   * @param mediaType a media type; parameters such as {@code ;charset=utf-8} are ignored
   * @return the format with that media type, the primary one where several have it
   * @throws UnknownFormatException when none has it
   */
  public BriefingFormat byMediaType(String mediaType) {
    int semicolon = mediaType.indexOf(';');
    String bare = (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    // formats() is sorted by name, and the sort is stable, so names still settle ties.
    return formats().stream()
        .filter(f -> f.mediaType().equalsIgnoreCase(bare))
        .sorted(Comparator.comparing((BriefingFormat f) -> !FormatDescriptor.of(f).primaryForMediaType()))
        .findFirst()
        .orElseThrow(() -> unknown("No format has media type '" + mediaType + "'"));
  }

  /**
   * @param extension a file extension with or without its dot, case-insensitive, such as {@code .md}
   * @return the format with that extension
   * @throws UnknownFormatException when none has it
   */
  public BriefingFormat byExtension(String extension) {
    String dotted = (extension.startsWith(".") ? extension : "." + extension).toLowerCase(Locale.ROOT);
    return withExtension(dotted).orElseThrow(() -> unknown("No format has file extension '" + dotted + "'"));
  }

  /**
   * Finds a file's format by its longest extension that a format has, so {@code
   * week.slack.json} is {@code .slack.json}'s format when one has it, else {@code .json}'s.
   *
   * @param fileName a file name or path, such as {@code briefs/signal.md}
   * @return the format its extension names
   * @throws UnknownFormatException when the name has no extension, or no format has it
   */
  public BriefingFormat forFileName(String fileName) {
    String base = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int last = base.lastIndexOf('.');
    if (last <= 0) {
      throw unknown("Cannot tell the format of '" + fileName + "' without a file extension");
    }
    // From the longest extension (after the first dot that is not the name's first character).
    for (int dot = base.indexOf('.', 1); dot >= 0 && dot < last; dot = base.indexOf('.', dot + 1)) {
      Optional<BriefingFormat> format = withExtension(base.substring(dot).toLowerCase(Locale.ROOT));
      if (format.isPresent()) {
        return format.get();
      }
    }
    return byExtension(base.substring(last));
  }

  private Optional<BriefingFormat> withExtension(String dotted) {
    return formats().stream()
        .filter(f -> f.extensions().stream().anyMatch(e -> e.equalsIgnoreCase(dotted)))
        .findFirst();
  }

  /**
   * Tells an input's format from its first characters by asking every format's {@link
   * BriefingFormat#probe(CharSequence) probe}: the strongest match above {@link
   * MatchStrength#INCONCLUSIVE} wins. A byte-order mark at the start is skipped.
   *
   * <pre>{@code
   * Optional<BriefingFormat> format = FormatRegistry.loadDefault().sniff("{\"signal\": \"...\"}");
   * }</pre>
   *
   * @param head the first characters of an input
   * @return the format that recognises them best; empty when none does
   * @throws UnknownFormatException when two formats recognise them equally strongly, naming both
   */
  public Optional<BriefingFormat> sniff(CharSequence head) {
    CharSequence text = head.length() > 0 && head.charAt(0) == '\uFEFF' ? head.subSequence(1, head.length()) : head;
    BriefingFormat best = null;
    MatchStrength bestStrength = MatchStrength.INCONCLUSIVE;
    BriefingFormat tied = null;
    for (BriefingFormat format : formats()) {
      MatchStrength strength = format.probe(text);
      if (strength.compareTo(bestStrength) > 0) {
        best = format;
        bestStrength = strength;
        tied = null;
      } else if (best != null && strength == bestStrength) {
        tied = format;
      }
    }
    if (tied != null) {
      throw unknown("The input looks like '" + best.name() + "' and '" + tied.name() + "' alike ("
          + bestStrength + "); name its format");
    }
    return Optional.ofNullable(best);
  }

  /**
   * @param name a format name
   * @return its renderer with default options
   * @throws UnknownFormatException when no format has that name or it cannot be written
   */
  public BriefingRenderer renderer(String name) {
    return byName(name).renderer()
        .orElseThrow(() -> unknown("Format '" + name + "' cannot be written"));
  }

  /**
   * @param name a format name
   * @return its parser with default options
   * @throws UnknownFormatException when no format has that name or it cannot be read
   */
  public BriefingParser parser(String name) {
    return byName(name).parser()
        .orElseThrow(() -> unknown("Format '" + name + "' cannot be read"));
  }

  private UnknownFormatException unknown(String message) {
    return new UnknownFormatException(message, names());
  }

  @Override
  public String toString() {
    return "FormatRegistry" + names();
  }
}

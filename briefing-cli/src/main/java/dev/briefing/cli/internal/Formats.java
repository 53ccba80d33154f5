package dev.briefing.cli.internal;

import dev.briefing.core.UnknownFormatException;
import dev.briefing.core.format.BriefingFormat;
import dev.briefing.core.format.FormatRegistry;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Checks format names given on the command line, so that a typo is a usage error (status 2)
 * caught before any input is read.
 */
final class Formats {

  private Formats() {}

  static String readable(FormatRegistry formats, String name, CommandLine command, String option) {
    BriefingFormat format = known(formats, name, command, option);
    if (format.parser().isEmpty()) {
      throw new ParameterException(command, "Format '" + format.name() + "' given to " + option
          + " cannot be read; readable formats: " + readableNames(formats));
    }
    return format.name();
  }

  static String writable(FormatRegistry formats, String name, CommandLine command, String option) {
    BriefingFormat format = known(formats, name, command, option);
    if (format.renderer().isEmpty()) {
      throw new ParameterException(command, "Format '" + format.name() + "' given to " + option
          + " cannot be written; writable formats: " + writableNames(formats));
    }
    return format.name();
  }

  private static BriefingFormat known(FormatRegistry formats, String name, CommandLine command, String option) {
    try {
      return formats.byName(name);
    } catch (UnknownFormatException e) {
      throw new ParameterException(command, "Unknown format '" + name + "' given to " + option
          + "; known formats: " + String.join(", ", e.knownFormats()));
    }
  }

  private static String readableNames(FormatRegistry formats) {
    return String.join(", ", formats.formats().stream().filter(f -> f.parser().isPresent()).map(BriefingFormat::name).toList());
  }

  private static String writableNames(FormatRegistry formats) {
    return String.join(", ", formats.formats().stream().filter(f -> f.renderer().isPresent()).map(BriefingFormat::name).toList());
  }
}

package dev.briefing.cli.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingException;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.BriefingIOException;
import dev.briefing.core.format.Converter;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One briefing read from an INPUT argument for {@code diff} and {@code lint}: in any format that
 * reads, told by extension or content, with its text kept for locating findings.
 */
final class EditionFile {

  final String name;
  final String text;
  final Briefing briefing;

  private EditionFile(String name, String text, Briefing briefing) {
    this.name = name;
    this.text = text;
    this.briefing = briefing;
  }

  /** @throws BriefingException when the input cannot be read or holds not exactly one briefing */
  static EditionFile read(Context context, String argument) {
    Input input = Input.of(argument);
    String text;
    try (BufferedReader in = input.open(context.stdin, bytes -> { })) {
      text = in.lines().collect(Collectors.joining("\n", "", "\n"));
    } catch (IOException e) {
      throw new BriefingIOException("Could not read " + input.displayName(), e);
    } catch (UncheckedIOException e) {
      throw new BriefingIOException("Could not read " + input.displayName() + ": " + Problems.NOT_UTF8, e.getCause());
    }
    Converter converter = context.converter(false);
    StringReader reader = new StringReader(text);
    List<Briefing> briefings = (input.isStdin() || argument.indexOf('.', Math.max(argument.lastIndexOf('/'), 0) + 1) < 0
        ? converter.read(reader) : converter.read(reader, context.formats().forFileName(argument).name())).toList();
    if (briefings.size() != 1) {
      throw new BriefingFormatException(dev.briefing.core.Location.unknown(),
          "expected one briefing but found " + briefings.size());
    }
    return new EditionFile(input.displayName(), text, briefings.get(0));
  }

  /** @return whether the input is JSON, whose findings need no line and column beside their path */
  boolean isJson() {
    return text.stripLeading().startsWith("{");
  }
}

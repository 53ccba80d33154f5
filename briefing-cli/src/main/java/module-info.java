/**
 * The {@code briefing} command: converts briefings between formats, validates them, lists the
 * formats and prints the bundled example. Run it from its shaded jar:
 *
 * <pre>{@code
 * java -jar briefing-cli-all.jar convert signal.txt --to html -o signal.html
 * }</pre>
 */
module dev.briefing.cli {
  requires dev.briefing.core;
  // The built-in formats' parsers, made lenient or not validating for the command's options.
  requires dev.briefing.json;
  requires dev.briefing.render;
  requires dev.briefing.editorial;
  requires com.fasterxml.jackson.core;
  // The feed formats, registered with the convert command's --feed-* options.
  requires dev.briefing.feeds;
  requires info.picocli;

  exports dev.briefing.cli;

  // picocli reads the command annotations and sets the option fields reflectively.
  opens dev.briefing.cli.internal to info.picocli;

  uses dev.briefing.core.format.BriefingFormat;
}

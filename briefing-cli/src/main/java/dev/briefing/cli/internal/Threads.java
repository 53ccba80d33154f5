package dev.briefing.cli.internal;

import dev.briefing.core.format.Converter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --threads N}, shared by the commands that read batches: how many threads read, check
 * and render briefings. The output is the same on any number; only the time differs.
 */
final class Threads {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  private int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads that read, check and render briefings, the output in input order whatever N"
          + " (default: the available processors).")
  void threads(int threads) {
    if (threads < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, not " + threads);
    }
    this.threads = threads;
  }

  /** @return the converter on the threads asked for */
  Converter apply(Converter converter) {
    return converter.withThreads(threads);
  }
}

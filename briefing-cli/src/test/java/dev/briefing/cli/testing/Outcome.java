package dev.briefing.cli.testing;

/**
 * What one run of the command did.
 *
 * @param status the exit status
 * @param out standard output, decoded as UTF-8
 * @param err standard error, decoded as UTF-8
 */
public record Outcome(int status, String out, String err) {

  @Override
  public String toString() {
    return "status " + status + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }
}

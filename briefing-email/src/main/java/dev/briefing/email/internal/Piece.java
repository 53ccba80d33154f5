package dev.briefing.email.internal;

import dev.briefing.kit.Section;

/**
 * A span of the email's rows that can be left out, with everything after it, to fit the size
 * limit: a section's heading with its first entry, or one later entry.
 *
 * @param section the section it belongs to
 * @param start where it starts in the rows
 * @param end where it ends
 * @param bytes its length in UTF-8
 */
public record Piece(Section section, int start, int end, int bytes) {

  /** @return whether the email is written without it under no limit: the title and The Signal */
  public boolean required() {
    return section == Section.TITLE || section == Section.SIGNAL;
  }
}

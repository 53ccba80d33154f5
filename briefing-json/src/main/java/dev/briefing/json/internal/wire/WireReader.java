package dev.briefing.json.internal.wire;

import dev.briefing.core.BriefingFormatException;
import java.io.Closeable;
import java.io.IOException;

/**
 * A pull reader of JSON tokens, the one thing the wire shape needs from a JSON library: each
 * backend (Jackson 2, Jackson 3) wraps its parser in one. A malformed document, a passed read
 * limit or bad text comes out of every method as a {@link BriefingFormatException} in the
 * backend's words turned into ours, with line, column and path; only a failing stream is an
 * {@link IOException}.
 *
 * <pre>{@code
 * for (String name = reader.nextName(); name != null; name = reader.nextName()) { ... }
 * }</pre>
 */
public interface WireReader extends Closeable {

  /** @return the next token, or null at the end of the input */
  Token next() throws IOException;

  /** @return the token the reader is on, or null before the first and after the last */
  Token current();

  /**
   * Moves to the next token and, when it is a property name, returns it.
   *
   * @return the name, or null when the next token is not a name (the end of the object)
   */
  String nextName() throws IOException;

  /**
   * {@link #nextName()}, told which name most likely comes next (the shape knows the order the
   * format writes): a backend may then match that name on its buffer rather than look it up.
   * The name is given by its place in {@code WireNames.ALL}, so that a backend finds what it
   * prepared for it in an array rather than by hashing the name at every property.
   *
   * @param expected the index in {@code WireNames.ALL} of the name expected, or -1 for none
   * @return the name, the very instance of {@code WireNames.ALL} when it is the expected one; or
   *     null when the next token is not a name
   */
  default String nextName(int expected) throws IOException {
    return nextName();
  }

  /** @return the property name the reader is on (current token {@link Token#NAME}) */
  String currentName() throws IOException;

  /** @return the text of the current string, or of the current number exactly as written */
  String text() throws IOException;

  /** @return the characters holding {@link #text()}, valid until the next move */
  char[] textCharacters() throws IOException;

  /** @return where {@link #text()} starts in {@link #textCharacters()} */
  int textOffset() throws IOException;

  /** @return the length of {@link #text()} */
  int textLength() throws IOException;

  /** @return whether the current {@link Token#INTEGER} fits an {@code int} */
  boolean isInt() throws IOException;

  /** @return the current integer, when {@link #isInt()} */
  int intValue() throws IOException;

  /** When on the start of an object or array, moves to its end; otherwise stays. */
  void skipChildren() throws IOException;

  /** @return the JSON path of the current token, such as {@code $.figures[2].value} */
  String path();

  /** @return the JSON Pointer of the current token, such as {@code /figures/2/value} */
  String pointer();

  /**
   * @return where the current token starts, as {@link Positions#of(int, int)} packs it: cheap,
   *     so that a reader can remember a place and make a message of it only on failure
   */
  long position();

  /**
   * @param problem what is wrong, in our words
   * @return the problem at the current token
   */
  default BriefingFormatException error(String problem) {
    return error(position(), path(), problem);
  }

  /**
   * @param position a place {@link #position()} gave
   * @param path the JSON path to name
   * @param problem what is wrong
   * @return the problem at that place
   */
  BriefingFormatException error(long position, String path, String problem);
}

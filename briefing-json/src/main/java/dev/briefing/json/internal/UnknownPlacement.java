package dev.briefing.json.internal;

import dev.briefing.core.Briefing;
import dev.briefing.core.BriefingFormatException;
import dev.briefing.core.Location;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where kept unknown properties go when a document is written: each is addressed by the JSON
 * Pointer it was read at, and goes after the known properties of the object its parent
 * pointer names. Checked before anything is written, so a document whose unknown properties
 * no longer fit its briefing fails whole instead of half-written.
 */
public final class UnknownPlacement {

  private static final UnknownPlacement NONE = new UnknownPlacement(Map.of());

  private final Map<String, List<Map.Entry<String, String>>> byParent;

  private UnknownPlacement(Map<String, List<Map.Entry<String, String>>> byParent) {
    this.byParent = byParent;
  }

  /** @return the placement of no unknown properties */
  public static UnknownPlacement none() {
    return NONE;
  }

  /**
   * @param briefing the briefing the properties go into
   * @param unknown raw JSON values by JSON Pointer, in the order to write them
   * @return the placement
   * @throws BriefingFormatException when a pointer names no object of the briefing, or names
   *     a property the format defines
   */
  public static UnknownPlacement of(Briefing briefing, Map<String, String> unknown) {
    if (unknown.isEmpty()) {
      return NONE;
    }
    Map<String, List<Map.Entry<String, String>>> byParent = new HashMap<>();
    for (Map.Entry<String, String> entry : unknown.entrySet()) {
      String pointer = entry.getKey();
      List<String> tokens = tokens(pointer);
      List<String> parent = tokens.subList(0, tokens.size() - 1);
      String name = tokens.get(tokens.size() - 1);
      List<String> known = knownNames(briefing, parent);
      if (known == null) {
        throw misplaced(pointer, "has no object in the briefing to go in");
      }
      if (known.contains(name)) {
        throw misplaced(pointer, "is a property the format defines; set it on the briefing instead");
      }
      byParent.computeIfAbsent(pointerOf(parent), k -> new ArrayList<>())
          .add(new SimpleImmutableEntry<>(name, entry.getValue()));
    }
    return new UnknownPlacement(byParent);
  }

  /** @return whether there is nothing to place */
  public boolean isEmpty() {
    return byParent.isEmpty();
  }

  /**
   * @param parentPointer an object's pointer, such as {@code /figures/2}
   * @return the properties that go in it, by name, in order; empty when none
   */
  public List<Map.Entry<String, String>> at(String parentPointer) {
    return byParent.getOrDefault(parentPointer, List.of());
  }

  /** @return whether any property goes in the object at or under {@code pointer} */
  public boolean anyUnder(String pointer) {
    for (String parent : byParent.keySet()) {
      if (parent.equals(pointer) || parent.startsWith(pointer + "/")) {
        return true;
      }
    }
    return false;
  }

  private static List<String> tokens(String pointer) {
    List<String> tokens;
    try {
      tokens = JsonPointers.tokens(pointer);
    } catch (IllegalArgumentException e) {
      throw misplaced(pointer, "is not a JSON Pointer: " + e.getMessage());
    }
    if (tokens.isEmpty()) {
      throw misplaced(pointer, "names the whole document, not a property");
    }
    return tokens;
  }

  /** @return the property names the format defines for the object at {@code parent}, or null if there is none */
  private static List<String> knownNames(Briefing briefing, List<String> parent) {
    switch (parent.size()) {
      case 0:
        return WireNames.BRIEFING;
      case 1:
        return parent.get(0).equals(WireNames.METADATA) ? WireNames.METADATA_OBJECT : null;
      case 2:
        return element(briefing, parent.get(0), parent.get(1));
      case 3:
        if (parent.get(0).equals(WireNames.METADATA) && parent.get(1).equals(WireNames.SOURCES)
            && index(parent.get(2), briefing.metadata().sources().size()) >= 0) {
          return WireNames.SOURCE_OBJECT;
        }
        if (parent.get(0).equals(WireNames.FIGURES) && parent.get(2).equals(WireNames.QUANTITY)) {
          int i = index(parent.get(1), briefing.figures().size());
          return i >= 0 && briefing.figures().get(i).quantity().isPresent() ? WireNames.QUANTITY_OBJECT : null;
        }
        return null;
      default:
        return null;
    }
  }

  private static List<String> element(Briefing briefing, String list, String token) {
    switch (list) {
      case WireNames.IMPACTS:
        return index(token, briefing.impacts().size()) >= 0 ? WireNames.IMPACT : null;
      case WireNames.FIGURES:
        return index(token, briefing.figures().size()) >= 0 ? WireNames.FIGURE : null;
      case WireNames.WATCH_ITEMS:
        return index(token, briefing.watchItems().size()) >= 0 ? WireNames.WATCH_ITEM : null;
      default:
        return null;
    }
  }

  private static int index(String token, int size) {
    if (!token.matches("0|[1-9][0-9]{0,8}")) {
      return -1;
    }
    int i = Integer.parseInt(token);
    return i < size ? i : -1;
  }

  private static String pointerOf(List<String> tokens) {
    StringBuilder pointer = new StringBuilder();
    for (String token : tokens) {
      pointer.append('/').append(JsonPointers.escape(token));
    }
    return pointer.toString();
  }

  private static BriefingFormatException misplaced(String pointer, String problem) {
    String path;
    try {
      path = JsonPathText.fromPointer(pointer);
    } catch (IllegalArgumentException e) {
      path = JsonPathText.ROOT;
    }
    return new BriefingFormatException(Location.unknown().withPath(path),
        "unknown property \"" + Problems.shorten(pointer) + "\" " + problem);
  }
}

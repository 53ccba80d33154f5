package dev.briefing.render.internal.html;

import java.util.ArrayList;
import java.util.List;

/**
 * An element of the renderer's article as {@link OwnArticleScanner} builds it: its name, its
 * attributes and its nodes, each a {@code String} of text (references decoded) or an element.
 * The few questions {@link OwnArticleReader} asks of it are the jsoup ones {@link OwnHtmlReader}
 * asks, answered alike for the markup the renderer writes.
 */
final class OwnElement {
  private static final String[] NO_ATTRIBUTES = new String[0];

  private final String name;
  /** Names and values, alternating: the renderer writes at most three attributes on an element. */
  private String[] attributes = NO_ATTRIBUTES;
  private final List<Object> nodes = new ArrayList<>(4);

  OwnElement(String name) {
    this.name = name;
  }

  String name() {
    return name;
  }

  void attribute(String key, String value) {
    String[] more = java.util.Arrays.copyOf(attributes, attributes.length + 2);
    more[attributes.length] = key;
    more[attributes.length + 1] = value;
    attributes = more;
  }

  void add(Object node) {
    nodes.add(node);
  }

  /** @return each node: a {@code String} of text or an {@code OwnElement} */
  List<Object> nodes() {
    return nodes;
  }

  /** @return the attribute's value, empty when there is none, as jsoup answers */
  String attr(String key) {
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i].equals(key)) {
        return attributes[i + 1];
      }
    }
    return "";
  }

  boolean hasAttr(String key) {
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i].equals(key)) {
        return true;
      }
    }
    return false;
  }

  String className() {
    return attr("class");
  }

  /** @return the element children, in order */
  List<OwnElement> children() {
    List<OwnElement> children = new ArrayList<>(nodes.size());
    for (Object node : nodes) {
      if (node instanceof OwnElement) {
        children.add((OwnElement) node);
      }
    }
    return children;
  }

  /** @return the children of that name, in order */
  List<OwnElement> children(String childName) {
    List<OwnElement> children = new ArrayList<>(nodes.size());
    for (Object node : nodes) {
      if (node instanceof OwnElement && ((OwnElement) node).name.equals(childName)) {
        children.add((OwnElement) node);
      }
    }
    return children;
  }

  /**
   * @param childName the child's name
   * @param childClass its class, or null for any
   * @return the first such child, or null
   */
  OwnElement child(String childName, String childClass) {
    for (Object node : nodes) {
      if (node instanceof OwnElement) {
        OwnElement e = (OwnElement) node;
        if (e.name.equals(childName) && (childClass == null || e.className().equals(childClass))) {
          return e;
        }
      }
    }
    return null;
  }

  /** @return the first element child, or null */
  OwnElement firstChild() {
    for (Object node : nodes) {
      if (node instanceof OwnElement) {
        return (OwnElement) node;
      }
    }
    return null;
  }

  /** @return every text inside, in order, as jsoup's {@code wholeText()} */
  String wholeText() {
    if (nodes.size() == 1 && nodes.get(0) instanceof String) {
      return (String) nodes.get(0);
    }
    StringBuilder out = new StringBuilder();
    appendText(out);
    return out.toString();
  }

  void appendText(StringBuilder out) {
    for (Object node : nodes) {
      if (node instanceof String) {
        out.append((String) node);
      } else {
        ((OwnElement) node).appendText(out);
      }
    }
  }
}

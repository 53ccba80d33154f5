package dev.briefing.render.internal.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An element of the renderer's article as {@link OwnArticleScanner} builds it: its name, its
 * attributes and its nodes, each a {@code String} of text (references decoded) or an element.
 * The few questions {@link OwnArticleReader} asks of it are answered as jsoup answers them, so a
 * tree made from jsoup's ({@link #of}) reads as jsoup's would.
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

  /**
   * @param element an element of jsoup's tree of any page
   * @return the same element, its attributes, text (as jsoup's whole text) and elements, so the
   *     one reader reads what jsoup parsed as it reads what the scanner found
   */
  static OwnElement of(Element element) {
    OwnElement own = new OwnElement(element.normalName());
    for (Attribute attribute : element.attributes()) {
      own.attribute(attribute.getKey(), attribute.getValue());
    }
    for (Node node : element.childNodes()) {
      if (node instanceof TextNode) {
        own.add(((TextNode) node).getWholeText());
      } else if (node instanceof Element) {
        own.add(of((Element) node));
      }
    }
    return own;
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

  /**
   * @param wanted a class name
   * @return whether the element has it among its classes, as a jsoup selector's {@code .wanted}
   *     matches: any case, any of the white-space separated names
   */
  boolean hasClass(String wanted) {
    String classes = className();
    if (classes.equals(wanted)) {
      return true; // the renderer writes one class per element: the common case, at no cost
    }
    for (String name : classes.trim().split("\\s+")) {
      if (name.equalsIgnoreCase(wanted)) {
        return true;
      }
    }
    return false;
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
        if (e.name.equals(childName) && (childClass == null || e.hasClass(childClass))) {
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
    if (name.equals("br")) {
      out.append('\n'); // as jsoup's wholeText() gives a line break (the renderer writes none)
    }
    for (Object node : nodes) {
      if (node instanceof String) {
        out.append((String) node);
      } else {
        ((OwnElement) node).appendText(out);
      }
    }
  }
}

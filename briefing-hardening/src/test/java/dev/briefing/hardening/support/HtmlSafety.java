package dev.briefing.hardening.support;

import dev.briefing.core.Briefing;
import dev.briefing.core.testing.SeedBriefing;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeVisitor;

/**
 * The HTML safety oracle. A browser's view of the page (jsoup's HTML5 parse) may hold only the
 * markup the renderer writes for benign text: the same element names, the same attributes on
 * them, the same class tokens, style values, style sheets and comments. Every URL attribute is
 * http, https or mailto. Whatever a user's text holds, it can add no element, attribute, script,
 * style or comment, nor change a URL's scheme.
 *
 * <p>What "the renderer writes" is learnt from rendering benign briefings (the seed and
 * {@link BenignBriefing}), not written down here, so the oracle follows the renderer's design
 * while still catching any markup that text smuggles in. A few elements are refused even if the
 * renderer were to write them for benign text.
 *
 * <pre>{@code
 * HtmlSafety safety = HtmlSafety.learn(RequiredFormats.renderer("html")::render);
 * List<String> problems = safety.problems(html);
 * }</pre>
 */
public final class HtmlSafety {

  private static final Set<String> NEVER = Set.of("script", "iframe", "frame", "frameset", "object",
      "embed", "applet", "svg", "math", "form", "input", "button", "textarea", "select", "base",
      "link", "template", "noscript", "img", "video", "audio", "source", "portal");
  private static final Set<String> URL_ATTRIBUTES = Set.of("href", "src", "action", "formaction",
      "cite", "poster", "background", "longdesc", "xlink:href", "ping", "srcset", "data");
  private static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto");

  private final Map<String, Set<String>> attributesByElement;
  private final Set<String> classTokens;
  private final Set<String> styleValues;
  private final Set<String> styleSheets;
  private final Set<String> comments;

  private HtmlSafety(Map<String, Set<String>> attributesByElement, Set<String> classTokens,
      Set<String> styleValues, Set<String> styleSheets, Set<String> comments) {
    this.attributesByElement = attributesByElement;
    this.classTokens = classTokens;
    this.styleValues = styleValues;
    this.styleSheets = styleSheets;
    this.comments = comments;
  }

  /** @return the oracle for the renderer {@code render}, learnt from benign briefings */
  public static HtmlSafety learn(Function<Briefing, String> render) {
    // The seed's 1.1 edition shows the markup a format writes for the model 1.1 parts.
    // The next page holds a right-to-left mark, as legitimate Arabic or Hebrew text does: the
    // renderer isolates such text in <bdi>, which is its own markup, not an escape. The last
    // two are in German under the renderer's labels, whose elements then carry the labels' lang.
    Briefing german = BenignBriefing.create();
    german = german.withMetadata(german.metadata().withLanguage(Locale.GERMAN));
    Briefing germanEditorial = SeedBriefing.editorialBriefing();
    germanEditorial = germanEditorial.withMetadata(germanEditorial.metadata().withLanguage(Locale.GERMAN));
    return learn(List.of(render.apply(SeedBriefing.briefing()), render.apply(SeedBriefing.editorialBriefing()),
        render.apply(BenignBriefing.create()),
        render.apply(BenignBriefing.create().withSignal("\u0645\u0631\u062D\u0628\u0627\u200F (2026)")),
        render.apply(german), render.apply(germanEditorial)));
  }

  /** @return the oracle that allows exactly the markup found in {@code benignPages} */
  public static HtmlSafety learn(List<String> benignPages) {
    Map<String, Set<String>> attributes = new HashMap<>();
    Set<String> classes = new HashSet<>();
    Set<String> styles = new HashSet<>();
    Set<String> sheets = new HashSet<>();
    Set<String> comments = new HashSet<>();
    for (String page : benignPages) {
      Document document = Jsoup.parse(page);
      for (Element element : document.getAllElements()) {
        Set<String> names = attributes.computeIfAbsent(element.normalName(), k -> new HashSet<>());
        for (Attribute attribute : element.attributes()) {
          names.add(attribute.getKey().toLowerCase(Locale.ROOT));
        }
        classes.addAll(element.classNames());
        if (element.hasAttr("style")) {
          styles.add(element.attr("style"));
        }
        if (element.normalName().equals("style")) {
          sheets.add(element.data());
        }
      }
      document.traverse((NodeVisitor) (node, depth) -> {
        if (node instanceof Comment) {
          comments.add(((Comment) node).getData());
        }
      });
    }
    return new HtmlSafety(attributes, classes, styles, sheets, comments);
  }

  /** @return every way {@code html} breaks the rules; empty when it is safe */
  public List<String> problems(String html) {
    List<String> problems = new ArrayList<>();
    Document document = Jsoup.parse(html);
    int dataScripts = 0;
    for (Element element : document.getAllElements()) {
      String name = element.normalName();
      if (name.equals("script") && isDataScript(element)) {
        // The page's JSON-LD: data, not code, and only where the renderer puts it. Text that
        // closed it early would show up as elements or text after it, which the rest refuses.
        if (++dataScripts > 1) {
          problems.add("more than one <script type=\"application/ld+json\"> in the page");
        }
        continue;
      }
      Set<String> allowed = attributesByElement.get(name);
      if (allowed == null || NEVER.contains(name)) {
        problems.add("element <" + name + "> is not one the renderer writes");
        continue;
      }
      for (Attribute attribute : element.attributes()) {
        checkAttribute(name, attribute, allowed, problems);
      }
      for (String token : element.classNames()) {
        if (!classTokens.contains(token)) {
          problems.add("class '" + Printable.of(token) + "' on <" + name + "> is not one the renderer writes");
        }
      }
      if (name.equals("style") && !styleSheets.contains(element.data())) {
        problems.add("a style sheet differs from the renderer's own");
      }
    }
    document.traverse((NodeVisitor) (node, depth) -> checkNode(node, problems));
    return problems;
  }

  /** The one JSON-LD block the html renderer writes: in the head, with no attribute but its type. */
  private static boolean isDataScript(Element script) {
    return script.parent() != null && script.parent().normalName().equals("head")
        && script.attributes().size() == 1 && script.attr("type").equals("application/ld+json");
  }

  private void checkAttribute(String element, Attribute attribute, Set<String> allowed, List<String> problems) {
    String key = attribute.getKey().toLowerCase(Locale.ROOT);
    String value = attribute.getValue();
    if (key.startsWith("on") || !allowed.contains(key)) {
      problems.add("attribute " + Printable.of(key) + " on <" + element + "> is not one the renderer writes");
      return;
    }
    if (key.equals("style") && !styleValues.contains(value)) {
      problems.add("style " + Printable.of(value) + " on <" + element + "> is not one the renderer writes");
    }
    if (URL_ATTRIBUTES.contains(key) && !safeUrl(value)) {
      problems.add(key + "=" + Printable.of(value) + " on <" + element + "> is not an http, https or mailto URL");
    }
  }

  private void checkNode(Node node, List<String> problems) {
    if (node instanceof Comment && !comments.contains(((Comment) node).getData())) {
      problems.add("comment " + Printable.of(((Comment) node).getData()) + " is not one the renderer writes");
    }
    if (node instanceof DataNode && node.parent() != null) {
      Element parent = (Element) node.parent();
      if (isDataScript(parent)) {
        // The renderer writes every < of the JSON-LD as \u003c: none may be left to end it.
        if (((DataNode) node).getWholeData().indexOf('<') >= 0) {
          problems.add("a '<' inside the page's JSON-LD");
        }
      } else if (!parent.normalName().equals("style")) {
        problems.add("raw data inside <" + parent.normalName() + ">");
      }
    }
  }

  /**
   * The scheme as a browser reads it: browsers drop ASCII tab and newline anywhere in a URL and
   * leading C0 controls and spaces, so {@code "java\tscript:"} is still javascript.
   */
  static boolean safeUrl(String url) {
    StringBuilder cleaned = new StringBuilder();
    for (int i = 0; i < url.length(); i++) {
      char c = url.charAt(i);
      if (c == '\t' || c == '\n' || c == '\r' || (cleaned.length() == 0 && c <= 0x20)) {
        continue;
      }
      cleaned.append(c);
    }
    String text = cleaned.toString();
    int colon = text.indexOf(':');
    int slash = text.indexOf('/');
    int query = text.indexOf('?');
    int hash = text.indexOf('#');
    boolean hasScheme = colon > 0 && (slash < 0 || colon < slash) && (query < 0 || colon < query)
        && (hash < 0 || colon < hash);
    if (!hasScheme) {
      // Only an in-page anchor may go without a scheme; any other relative URL could be
      // resolved against a base the page's host chose.
      return text.matches("#[A-Za-z0-9_-]+");
    }
    String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
    return SAFE_SCHEMES.contains(scheme);
  }
}

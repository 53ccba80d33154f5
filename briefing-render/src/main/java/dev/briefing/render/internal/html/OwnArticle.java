package dev.briefing.render.internal.html;

import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The names the HTML renderer gives the parts of its article, stated once for the renderer that
 * writes them and the readers that find the parts by them: the classes of its elements, and the
 * elements it writes at all.
 */
public final class OwnArticle {
  /** The article's class. */
  public static final String BRIEFING = "briefing";
  /** The class of The Signal's section. */
  public static final String SIGNAL = "signal";
  /** The class of What Happened's section. */
  public static final String WHAT_HAPPENED = "what-happened";
  /** The class of Why It Matters' section. */
  public static final String WHY_IT_MATTERS = "why-it-matters";
  /** The class of The Numbers' section. */
  public static final String THE_NUMBERS = "the-numbers";
  /** The class of What To Watch's section. */
  public static final String WHAT_TO_WATCH = "what-to-watch";
  /** The class of the details' section, and of their definition list. */
  public static final String DETAILS = "details";
  /** The class of the impacts' ordered list. */
  public static final String IMPACTS = "impacts";
  /** The class of the figures' definition list or table. */
  public static final String FIGURES = "figures";
  /** The class of the watch items' definition list. */
  public static final String WATCH_ITEMS = "watch-items";
  /** The class of a figure's date in the definition list. */
  public static final String AS_OF = "as-of";
  /** The class of a judgment's definition list. */
  public static final String JUDGMENT = "judgment";
  /** The class of a judgment's likelihood. */
  public static final String LIKELIHOOD = "likelihood";
  /** The class of a judgment's confidence. */
  public static final String CONFIDENCE = "confidence";
  /** The class of a judgment's horizon. */
  public static final String HORIZON = "horizon";
  /** The class of the alternative views' aside. */
  public static final String ALTERNATIVE_VIEWS = "alternative-views";
  /** The class of a watch item's signposts table. */
  public static final String SIGNPOSTS = "signposts";

  /**
   * Every element the renderer writes inside its article, each name mapped to itself (so a reader
   * holds one string per name): none is void, raw text or formatted by the parser in a way of its
   * own, so each start tag opens what its end tag closes.
   */
  public static final Map<String, String> ELEMENTS = Stream.of("article", "section", "h1", "h2", "h3", "h4", "h5",
      "h6", "p", "ol", "ul", "li", "strong", "dl", "dt", "dd", "cite", "span", "bdi", "table", "thead", "tbody", "tr",
      "th", "td", "time", "data", "a", "aside").collect(Collectors.toUnmodifiableMap(name -> name, name -> name));

  private OwnArticle() {}
}

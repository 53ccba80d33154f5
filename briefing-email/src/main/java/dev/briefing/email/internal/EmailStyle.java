package dev.briefing.email.internal;

/**
 * The email's palette and inline styles, each written on its element: Gmail drops a whole
 * {@code <style>} block over one error and its app ignores it for other accounts, and Outlook
 * reads no class. Every element with text names its colour and sits on a named background, so
 * a client that inverts colours for dark mode (the Gmail and Outlook apps) inverts both and
 * keeps the contrast; the colours are mid-to-dark on near-white, none of them pure black or a
 * light grey that inverts into the background.
 */
public final class EmailStyle {

  /** Around the card: a warm off-white. */
  public static final String PAGE_BACKGROUND = "#f4f4f1";
  /** The card the briefing is written on. */
  public static final String CARD_BACKGROUND = "#ffffff";
  /** Body text: 16:1 on the card. */
  public static final String TEXT = "#1f1f1f";
  /** Sources, dates and notes: 8.9:1 on the card. */
  public static final String MUTED = "#4a4a4a";
  /** Section headings: a dark rust, 7.6:1 on the card, still distinct once inverted. */
  public static final String ACCENT = "#8a3b12";
  /** Links: 8.2:1 on the card, underlined so they never rely on colour alone. */
  public static final String LINK = "#1a4f8b";

  private static final String SERIF = "font-family:Georgia,'Times New Roman',serif;";
  private static final String SANS = "font-family:Helvetica,Arial,sans-serif;";

  /** The body: no margin, the page colour. */
  public static final String BODY = "margin:0;padding:0;background-color:" + PAGE_BACKGROUND + ";";
  /** The cell of each row of the card. */
  public static final String CELL = "padding:0 32px 0 32px;background-color:" + CARD_BACKGROUND + ";color:" + TEXT
      + ";" + SERIF + "font-size:17px;mso-line-height-rule:exactly;line-height:26px;";
  /** The title. */
  public static final String TITLE = "margin:0 0 16px 0;" + SANS + "font-size:28px;mso-line-height-rule:exactly;line-height:34px;font-weight:bold;color:"
      + TEXT + ";";
  /** A section heading. */
  public static final String HEADING = "margin:16px 0 8px 0;" + SANS + "font-size:14px;mso-line-height-rule:exactly;line-height:20px;font-weight:bold;"
      + "letter-spacing:1px;color:" + ACCENT + ";";
  /** A watch item's title. */
  public static final String SUBHEADING = "margin:12px 0 4px 0;" + SANS + "font-size:17px;mso-line-height-rule:exactly;line-height:24px;font-weight:bold;color:"
      + TEXT + ";";
  /** A paragraph of The Signal, the thesis: larger. */
  public static final String LEAD = "margin:0 0 12px 0;" + SERIF + "font-size:20px;mso-line-height-rule:exactly;line-height:30px;color:" + TEXT + ";";
  /** A paragraph. */
  public static final String PARAGRAPH = "margin:0 0 12px 0;" + SERIF + "font-size:17px;mso-line-height-rule:exactly;line-height:26px;color:" + TEXT + ";";
  /** Bold words inside a paragraph: impact orders, detail terms. */
  public static final String STRONG = "font-weight:bold;color:" + TEXT + ";";
  /** Words in the text's own weight and colour, such as a label marked with its language. */
  public static final String PLAIN = "color:" + TEXT + ";";
  /** A figure's value, in its own column. */
  public static final String FIGURE_VALUE = "padding:4px 12px 4px 0;" + SANS + "font-size:17px;mso-line-height-rule:exactly;line-height:24px;"
      + "font-weight:bold;color:" + TEXT + ";";
  /** A figure's label and source. */
  public static final String FIGURE_LABEL = "padding:4px 0 4px 0;" + SERIF + "font-size:16px;mso-line-height-rule:exactly;line-height:24px;color:" + TEXT + ";";
  /** Sources, dates, details and the shortening note. */
  public static final String SMALL = "margin:0 0 6px 0;" + SERIF + "font-size:14px;mso-line-height-rule:exactly;line-height:21px;color:" + MUTED + ";";
  /** A source inside a figure: italic, muted. */
  public static final String CITE = "font-style:italic;color:" + MUTED + ";";
  /** A link. */
  public static final String ANCHOR = "color:" + LINK + ";text-decoration:underline;";
  /** The width of the figure values' column, in pixels: a width attribute, which Outlook reads. */
  public static final String FIGURE_VALUE_WIDTH = "160";

  private EmailStyle() {}
}

package dev.briefing.email.internal;

import java.io.IOException;
import org.owasp.encoder.Encode;

/**
 * The document around the card: the head, the hidden preheader, and the two tables that centre
 * a card 600 pixels wide (in a {@code width} attribute, which Outlook's Word engine reads, and
 * shrinking on narrow screens through {@code max-width}, which the others read). {@code lang}
 * and {@code dir} are on the {@code <html>} element and again on the outer table, since Gmail
 * drops the {@code <html>} and {@code <body>} elements' attributes.
 */
public final class EmailDocument {

  /**
   * After the preheader: pairs of a zero-width non-joiner and a no-break space, so that the
   * inbox's preview ends with the preheader instead of running on into the body's first words.
   */
  private static final String PREVIEW_FILL = "&#8204;&#160;".repeat(60);

  private EmailDocument() {}

  /**
   * @param out where to write
   * @param language the document's language tag
   * @param direction {@code ltr} or {@code rtl}
   * @param title the document's title, user text
   * @param preheader the preview line, user text
   * @throws IOException when {@code out} fails
   */
  public static void open(Appendable out, String language, String direction, String title, String preheader)
      throws IOException {
    String lang = Encode.forHtmlAttribute(language);
    out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\" dir=\"").append(direction)
        .append("\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"x-apple-disable-message-reformatting\">\n<title>")
        .append(Encode.forHtmlContent(title)).append("</title>\n</head>\n<body style=\"")
        .append(EmailStyle.BODY).append("\">\n<div style=\"display:none;font-size:1px;line-height:1px;")
        .append("max-height:0;max-width:0;overflow:hidden;mso-hide:all;color:")
        .append(EmailStyle.PAGE_BACKGROUND).append(";\">").append(Encode.forHtmlContent(preheader))
        .append(PREVIEW_FILL).append("</div>\n")
        .append("<table role=\"presentation\" lang=\"").append(lang).append("\" dir=\"").append(direction)
        .append("\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"")
        .append(EmailStyle.PAGE_BACKGROUND).append("\" style=\"background-color:").append(EmailStyle.PAGE_BACKGROUND)
        .append(";\">\n<tr>\n<td align=\"center\" style=\"padding:24px 8px 24px 8px;\">\n")
        .append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" bgcolor=\"")
        .append(EmailStyle.CARD_BACKGROUND).append("\" style=\"width:100%;max-width:600px;background-color:")
        .append(EmailStyle.CARD_BACKGROUND).append(";\">\n")
        .append(SPACER);
  }

  /**
   * @param out where to write
   * @throws IOException when {@code out} fails
   */
  public static void close(Appendable out) throws IOException {
    out.append(SPACER).append("</table>\n</td>\n</tr>\n</table>\n</body>\n</html>\n");
  }

  /** An empty row above and below the card's text: padding on a table, which Outlook ignores. */
  private static final String SPACER = "<tr>\n<td height=\"24\" style=\"height:24px;font-size:0;line-height:0;"
      + "background-color:" + EmailStyle.CARD_BACKGROUND + ";\">&#160;</td>\n</tr>\n";
}

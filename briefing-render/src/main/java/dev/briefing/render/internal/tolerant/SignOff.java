package dev.briefing.render.internal.tolerant;

import java.util.Locale;

/**
 * A closing line of a chat answer or a letter after the briefing ("Let me know if…", "Hope
 * this helps", "Want me to…"): the end of the briefing, never its text.
 */
final class SignOff {

  private static final String[] OPENINGS = {
      "let me know", "hope this helps", "i hope this", "want me to", "would you like", "if you'd like",
      "if you would like", "if you want", "feel free", "happy to", "i can also", "shall i", "should i",
      "do you want", "need anything", "any questions", "thanks for reading", "best regards", "cheers,",
      "sincerely,", "glad to", "i'd be happy", "i’d be happy", "if you’d like", "you are receiving this",
      "you're receiving this", "you’re receiving this", "unsubscribe", "subscribe now", "manage preferences",
      "share this", "go deeper", "read more", "related:",
      // German, French, Spanish
      "soll ich", "möchten sie", "wollen sie", "gerne kann ich", "ich kann auch", "sag bescheid", "viele grüße",
      "bonne lecture", "voulez-vous", "souhaitez-vous", "n’hésitez pas", "n'hésitez pas", "à lire aussi",
      "je peux aussi", "¿quieres", "¿te gustaría", "¿necesitas", "si quieres", "puedo también", "saludos"};

  private SignOff() {}

  /**
   * @param plain a paragraph's plain text
   * @return whether it reads as a sign-off
   */
  static boolean test(String plain) {
    String lower = plain.toLowerCase(Locale.ROOT);
    for (String opening : OPENINGS) {
      if (lower.startsWith(opening)) {
        return true;
      }
    }
    return false;
  }
}

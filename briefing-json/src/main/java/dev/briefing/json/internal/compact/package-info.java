/** The compact writer: one more backend of the token writer, with no JSON library beneath it. */
package dev.briefing.json.internal.compact;

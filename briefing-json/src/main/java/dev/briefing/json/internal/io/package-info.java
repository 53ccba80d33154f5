/** Input helpers for line-oriented reading. */
package dev.briefing.json.internal.io;

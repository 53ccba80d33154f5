/** The email format's implementation: its palette, its document frame, and fitting it to a size. */
package dev.briefing.email.internal;

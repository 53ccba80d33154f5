/**
 * The wire format on Jackson 2 streaming: a token walker that writes the model with a
 * {@code JsonGenerator} and reads it with a {@code JsonParser}, the factory with our read
 * limits, the translation of Jackson's failures, and the databind glue of the Module.
 */
package dev.briefing.json.internal.jackson2;

/** Implementation of the Flink integration; not part of the API. */
package dev.briefing.flink.internal;

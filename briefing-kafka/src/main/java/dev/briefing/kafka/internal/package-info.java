/** Implementation of the Kafka integration; not part of the API. */
package dev.briefing.kafka.internal;

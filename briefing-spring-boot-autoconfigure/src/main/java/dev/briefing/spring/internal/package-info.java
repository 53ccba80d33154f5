/** Implementation of the Spring Boot integration; not an API. */
package dev.briefing.spring.internal;

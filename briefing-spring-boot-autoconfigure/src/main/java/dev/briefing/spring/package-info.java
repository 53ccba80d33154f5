/**
 * What both Spring Boot starters configure alike: the {@code briefing.*} properties, the format
 * registry, one HTTP message converter over it, and problem details for bad input. Applications
 * add {@code briefing-spring-boot-starter} (Boot 4) or {@code briefing-spring-boot3-starter}
 * (Boot 3.5) and use these types only to replace or tune a bean.
 *
 * <pre>{@code
 * @Bean
 * FormatRegistry briefingFormats() {   // the starter's registry steps aside
 *   return FormatRegistry.loadDefault().with(new HouseStyleFormat());
 * }
 * }</pre>
 */
package dev.briefing.spring;

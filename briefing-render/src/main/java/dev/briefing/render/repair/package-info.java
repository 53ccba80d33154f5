/**
 * Repair of text damaged by decoding UTF-8 with the wrong code page, reported change by change.
 *
 * <pre>{@code
 * RepairedText result = TextRepairer.standard().repair(damaged);
 * result.repairs().forEach(System.out::println); // "2:16 'โ' -> '’'"
 * }</pre>
 */
package dev.briefing.render.repair;

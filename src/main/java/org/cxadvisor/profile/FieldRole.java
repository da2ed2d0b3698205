package org.cxadvisor.profile;

/**
 * What a profile field says about the company, for what-if analysis.
 * <ul>
 *   <li>{@code LEVER}: what the company does and how it scores (its practices, engagement, complaints, NPS...):
 *       a change the company can make, offered as a step to try.</li>
 *   <li>{@code CONTEXT}: what the company is. Besides {@code sector} and {@code market} (the contract's examples),
 *       {@code offering} and {@code pricePositioning} describe its business model and place in the market: they
 *       change by a strategy decision over years, and the advice about them (staging, loyalty beyond the lowest
 *       price) is already advice, so "would disappear if you sold experiences" explains an advice rather than
 *       proposing a step. What customers seek ({@code customerValue}) is a fact about the customers, not a
 *       practice. The name only identifies the company.</li>
 * </ul>
 */
public enum FieldRole {
    LEVER, CONTEXT
}

package org.cxadvisor.profile;

/** Where the company positions its price (K4, K5). */
public enum PricePositioning {
    LOWEST_PRICE, MID_MARKET, PREMIUM
}

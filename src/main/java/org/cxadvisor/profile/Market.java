package org.cxadvisor.profile;

/** Who the customers are (K24). */
public enum Market {
    B2C, B2B, MIXED
}

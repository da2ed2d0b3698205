package org.cxadvisor.profile;

/** What the company mainly sells today, on the progression of economic value (K1). */
public enum Offering {
    COMMODITY, PRODUCT, SERVICE, EXPERIENCE
}

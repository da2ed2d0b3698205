package org.cxadvisor.profile;

/** The sector the company works in. */
public enum Sector {
    RETAIL, HOSPITALITY, E_COMMERCE, SOFTWARE, UTILITY, FINANCIAL_SERVICES, MANUFACTURING, HEALTHCARE, PROFESSIONAL_SERVICES, PUBLIC_SECTOR, OTHER
}

package org.cxadvisor.advice;

/**
 * K9: pick a tactic that fits your company. Which family of examples fits the company's sector and market; the
 * texts files hold examples per family. Care and public services get no gifts and no price talk: a reconciliation
 * of the tactics' examples with what such organisations can do.
 */
public enum SectorFit implements ConclusionValue {
    CARE_AND_PUBLIC, BUSINESS, SHOP_AND_VENUE, ONLINE, ADVISORY, UTILITY_SERVICE, GENERAL;

    @Override
    public ConclusionType conclusionType() {
        return ConclusionType.SECTOR_FIT;
    }

    @Override
    public boolean reconciles() {
        return this == CARE_AND_PUBLIC;
    }
}

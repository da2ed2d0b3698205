package org.cxadvisor.profile;

/** Whether CX work looks at single touchpoints or the relationship over time (K2). */
public enum JourneyScope {
    TOUCHPOINTS, RELATIONSHIP
}

package org.cxadvisor.advice;

/** When to act on an advice: the roadmap a CX assessment ends with. */
public enum Horizon {
    /** The foundations to act on first: at most three. */
    NOW,
    NEXT,
    LATER
}

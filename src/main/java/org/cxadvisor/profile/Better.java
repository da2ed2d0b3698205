package org.cxadvisor.profile;

/**
 * Which way a lever's value is better, so that what-ifs never offer a step that makes a practice worse. For
 * choices "higher" is later in the listed order (NONE, REACTIVE, PROACTIVE), for yes/no it is yes.
 */
public enum Better {
    HIGHER,
    LOWER,
    /** No better direction: a choice the sources leave to the company (wanted warmth, standardisation). */
    EITHER,
    /** Closer to the wanted relationship warmth, when the company has said what it wants (K3, K6). */
    TOWARD_TARGET
}

package org.cxadvisor.profile;

/** How disappointments are handled (K28). */
public enum ServiceRecovery {
    NONE, REACTIVE, PROACTIVE
}

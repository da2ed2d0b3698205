package org.cxadvisor.profile;

/** How the company tests what moves customers (K28, K29). */
public enum Experimentation {
    NONE, AD_HOC, CONTROLLED, SEGMENTED
}

package org.cxadvisor.profile;

/** How far corporate social responsibility is part of the business (K10). */
public enum CsrCommitment {
    NONE, SOME, CORE
}

package org.cxadvisor.advice;

/**
 * How the experience tactics (K9, K12, K19, K28) are weighed where K8's quadrant and what customers seek (K13, K17,
 * K18) pull apart: TEMPERED when customers seek mainly practical value (the emotion goes into reliable, friendly
 * service), FULL when a process-driven company's customers seek emotional value after all.
 */
public enum ExperienceTactics implements ConclusionValue {
    TEMPERED, FULL;

    @Override
    public ConclusionType conclusionType() {
        return ConclusionType.EXPERIENCE_TACTICS;
    }
}

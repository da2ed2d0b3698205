package org.cxadvisor.advice;

/** K8: where process value and entertainment value put the company; "high" means 4 or 5. */
public enum ExperienceQuadrant implements ConclusionValue {
    UTILITY, PROCESS_DRIVEN, ENTERTAINMENT_DRIVEN, EXPERIENCE_LEADER;

    @Override
    public ConclusionType conclusionType() {
        return ConclusionType.EXPERIENCE_QUADRANT;
    }
}

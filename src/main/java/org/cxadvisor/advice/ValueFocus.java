package org.cxadvisor.advice;

/** K13: the value customers mainly seek from the company. */
public enum ValueFocus implements ConclusionValue {
    PRACTICAL, EMOTIONAL, BALANCED;

    @Override
    public ConclusionType conclusionType() {
        return ConclusionType.VALUE_FOCUS;
    }
}

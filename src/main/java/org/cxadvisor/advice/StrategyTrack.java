package org.cxadvisor.advice;

/** K14-K18: the track that delivers most of the value customers mainly seek. */
public enum StrategyTrack implements ConclusionValue {
    PERFORMANCE, CUSTOMIZATION, EXPERIENCE;

    @Override
    public ConclusionType conclusionType() {
        return ConclusionType.STRATEGY_TRACK;
    }
}

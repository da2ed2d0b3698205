package org.cxadvisor.profile;

/**
 * How much customers seek each of the four value types from the company, each 1..5 (K13).
 * Functional and economic are the practical ("hard") values; emotional and symbolic the emotional ("soft") ones.
 */
public record CustomerValue(int functional, int economic, int emotional, int symbolic) {

    public int practical() {
        return Math.max(functional, economic);
    }

    public int emotionalSide() {
        return Math.max(emotional, symbolic);
    }
}

package org.cxadvisor.advice;

/** How urgent an advice is, from the size of the gap it addresses. Declared most urgent first. */
public enum Priority {
    HIGH, MEDIUM, LOW;

    /** The more urgent of two priorities. */
    public Priority max(Priority other) {
        return compareTo(other) <= 0 ? this : other;
    }
}

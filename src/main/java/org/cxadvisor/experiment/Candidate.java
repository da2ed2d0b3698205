package org.cxadvisor.experiment;

/** An advice item of the report, in report order; {@code top} when it is among the company's first things to do. */
public record Candidate(String adviceId, boolean top) {
}

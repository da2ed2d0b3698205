package org.cxadvisor.experiment;

/**
 * How one advice's change is tested: its metric, who takes part (the share of a month's customers, from a profile
 * field or assumed), whether the change only adds to the usual service, and the plan's texts.
 */
public record Design(String adviceId, String metric, String eligibleField, double eligibleAssumedPercent,
                     boolean addsToUsual, Texts texts) {
}

package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import org.cxadvisor.i18n.Messages;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/** The placeholders of a rationale or measure: each filled with this company's answer or conclusion, in words. */
class ReportWriterFillTest {

    private static final Evaluation RETAILER = ShippedRules.evaluate(Profiles.neutral().with("sector", "RETAIL")
            .with("processValue", 2).with("entertainmentValue", 1).with("complaintRatePercent", 6.5));

    @Test
    void aFieldIsFilledWithTheAnswerInWordsOfTheLanguage() {
        assertThat(ReportWriter.fill("{complaintRatePercent}% in {sector}", RETAILER, Messages.ENGLISH))
                .isEqualTo("6.5% in " + Messages.get(Messages.ENGLISH, "choice.sector.RETAIL"));
        assertThat(ReportWriter.fill("{complaintRatePercent}% in {sector}", RETAILER, Messages.DUTCH))
                .isEqualTo("6,5% in " + Messages.get(Messages.DUTCH, "choice.sector.RETAIL"));
    }

    @Test
    void aConclusionIsFilledWithItsValueAndAnUnansweredFieldSaysUnknown() {
        assertThat(ReportWriter.fill("{EXPERIENCE_QUADRANT}", RETAILER, Messages.ENGLISH))
                .isEqualTo(Messages.get(Messages.ENGLISH, "conclusion.EXPERIENCE_QUADRANT.UTILITY"));
        assertThat(ReportWriter.fill("engagement {employeeEngagement}", RETAILER, Messages.ENGLISH))
                .isEqualTo("engagement " + Messages.get(Messages.ENGLISH, "value.unknown"));
    }

    /** Near misses: a name that is neither a field nor a conclusion, and text without braces, stay as they are. */
    @Test
    void anythingElseStaysAsWritten() {
        assertThat(ReportWriter.fill("{sensoryDesing} and $1 \\ {", RETAILER, Messages.ENGLISH))
                .isEqualTo("{sensoryDesing} and $1 \\ {");
    }
}

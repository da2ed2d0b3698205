package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Which profile fields a rule's conditions read: what the open questions and the what-ifs are built on. */
class RuleCatalogTest {

    @Test
    void theFieldsNamedInConditionsAreFoundAndTheGroupCountsForAllItsParts() {
        assertThat(RuleCatalog.fieldsIn("CompanyProfile( employeeEngagement <= 2, customerValue != null )"))
                .containsExactlyInAnyOrder("employeeEngagement", "customerValue.functional", "customerValue.economic",
                        "customerValue.emotional", "customerValue.symbolic");
    }

    /** Near misses: a field's name inside a longer word, or in another case, is not that field. */
    @Test
    void aNameInsideALongerWordIsNotAField() {
        assertThat(RuleCatalog.fieldsIn("CompanyProfile( targetRelationshipWarmth >= 4, $p : processValueX )"))
                .containsExactly("targetRelationshipWarmth");
        assertThat(RuleCatalog.fieldsIn("Conclusion( concluded == SectorFit.CARE_AND_PUBLIC )")).isEmpty();
    }
}

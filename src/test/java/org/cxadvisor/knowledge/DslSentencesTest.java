package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.Strength;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every sentence of rules/cx-advisor.dsl, English and Dutch, compiles and means what it says. */
class DslSentencesTest {

    @TempDir
    Path dir;

    /** sentence -> whether it holds for the test profile below. */
    private static final String[][] SENTENCES = {
            {"the company competes on lowest price", "true"}, {"het bedrijf concurreert op laagste prijs", "true"},
            {"the price positioning is PREMIUM", "false"}, {"de prijspositionering is LOWEST_PRICE", "true"},
            {"the market is B2C", "true"}, {"de markt is B2B", "false"},
            {"the sector is RETAIL", "true"}, {"de sector is OTHER", "false"},
            {"the offering is PRODUCT", "true"}, {"het aanbod is SERVICE", "false"},
            {"process value is at most 2", "true"}, {"de proceswaarde is hoogstens 1", "false"},
            {"process value is at least 3", "false"}, {"de proceswaarde is minstens 2", "true"},
            {"entertainment value is at most 4", "true"}, {"de entertainmentwaarde is hoogstens 3", "false"},
            {"entertainment value is at least 4", "true"}, {"de entertainmentwaarde is minstens 5", "false"},
            {"employee engagement is at most 2", "true"}, {"de betrokkenheid van medewerkers is hoogstens 1", "false"},
            {"employee engagement is at least 2", "true"}, {"de betrokkenheid van medewerkers is minstens 3", "false"},
            {"social media presence is at most 3", "false"}, {"de aanwezigheid op sociale media is hoogstens 3", "false"},
            {"the complaint rate is at least 9 percent", "true"}, {"het klachtpercentage is minstens 10 procent", "false"},
            {"corporate social responsibility is SOME", "true"}, {"maatschappelijk verantwoord ondernemen is CORE", "false"},
            {"service recovery is NONE", "true"}, {"klachtafhandeling is PROACTIVE", "false"},
            {"experimentation is AD_HOC", "true"}, {"experimenteren is NONE", "false"},
            {"the company does not tell brand stories", "true"}, {"het bedrijf vertelt geen merkverhalen", "true"},
            {"the company tells brand stories", "false"}, {"het bedrijf vertelt merkverhalen", "false"},
            {"the company makes no personal gestures", "false"}, {"het bedrijf maakt geen persoonlijke gebaren", "false"},
            {"the answer to plannedSurprises is yes", "true"}, {"het antwoord op plannedSurprises is nee", "false"},
            {"the answer to sensoryDesign is no", "false"}, {"het antwoord op sensoryDesign is ja", "true"},
            {"personalGestures is unknown", "true"}, {"socialMediaPresence is onbekend", "true"},
            {"relationshipWarmth is unknown", "false"},
            {"the experience quadrant is ENTERTAINMENT_DRIVEN", "true"}, {"het belevingskwadrant is UTILITY", "false"},
            {"the value focus is EMOTIONAL", "true"}, {"de waardefocus is PRACTICAL", "false"},
            {"the strategy track is EXPERIENCE", "true"}, {"het strategiespoor is PERFORMANCE", "false"},
            {"the relationship gap is at least 2", "true"}, {"de relatiekloof is minstens 3", "false"},
            {"the experience tactics are not tempered", "true"}, {"de belevingstactieken zijn FULL", "false"},
            {"the experience tactics are TEMPERED", "false"}, {"de belevingstactieken zijn niet getemperd", "true"},
            {"the sector fit is SHOP_AND_VENUE", "true"}, {"de sectorfit is CARE_AND_PUBLIC", "false"},
            {"the sector fit is not CARE_AND_PUBLIC", "true"}, {"de sectorfit is niet SHOP_AND_VENUE", "false"},
    };

    /** sentence-aa, sentence-ab, ...: each sentence's rule notes a strength of its own when the sentence holds. */
    private static String name(int i) {
        return "sentence-" + (char) ('a' + i / 26) + (char) ('a' + i % 26);
    }

    @Test
    void everySentenceCompilesAndMatchesWhatItSays() throws Exception {
        Files.copy(Path.of("rules/cx-advisor.dsl"), dir.resolve("cx-advisor.dsl"));
        Files.copy(Path.of("rules/classification.drl"), dir.resolve("classification.drl"));
        StringBuilder dslr = new StringBuilder(RulesFolder.HEADER).append("expander cx-advisor.dsl\n");
        for (int i = 0; i < SENTENCES.length; i++) {
            String id = name(i);
            dslr.append("\nrule \"").append(id).append("\"\n    @strengthId(\"").append(id)
                    .append("\") @kpoints(\"K8\") @source(\"geurtsen-2012\")\nwhen\n    ").append(SENTENCES[i][0])
                    .append("\nthen\n    ").append(i % 2 == 0 ? "note the strength" : "noteer het sterke punt")
                    .append("\nend\n");
        }
        RulesFolder folder = RulesFolder.in(dir).file("all.dslr", dslr.toString());
        KnowledgeBase kb = folder.load();
        var profile = Profiles.neutral().with("pricePositioning", "LOWEST_PRICE").with("sector", "RETAIL")
                .with("offering", "PRODUCT").with("processValue", 2).with("entertainmentValue", 4)
                .with("employeeEngagement", 2).with("complaintRatePercent", 9.5).with("csrCommitment", "SOME")
                .with("serviceRecovery", "NONE").with("experimentation", "AD_HOC").with("brandStorytelling", false)
                .with("plannedSurprises", true).with("sensoryDesign", true).with("relationshipWarmth", 2)
                .with("targetRelationshipWarmth", 4).customerValue(2, 2, 5, 3).build();
        List<String> concluded = new ArrayList<>();
        new AdviceEngine(10_000).evaluate(kb, profile).strengths().stream().map(Strength::id).forEach(concluded::add);
        for (int i = 0; i < SENTENCES.length; i++) {
            assertThat(concluded.contains(name(i))).as(SENTENCES[i][0]).isEqualTo(Boolean.parseBoolean(SENTENCES[i][1]));
        }
    }
}

package org.cxadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.support.SmallRules;
import org.junit.jupiter.api.Test;

/** RFC 4180 quoting and the shape of the CSV matrix. */
class ScenarioCsvTest {

    @Test
    void quotesOnlyWhereNeededAndDoublesQuotes() {
        assertThat(ScenarioCsv.field("plain")).isEqualTo("plain");
        assertThat(ScenarioCsv.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(ScenarioCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(ScenarioCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(ScenarioCsv.field("-12")).isEqualTo("-12");
        assertThat(ScenarioCsv.field("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(ScenarioCsv.field(null)).isEmpty();
    }

    /** The layout, over the fixed fixture knowledge base so that the rows are exactly known. */
    @Test
    void oneColumnPerScenarioAndOneRowPerChangeConclusionAndAdvice() {
        var service = new ScenarioService(new EvaluationService(SmallRules::knowledgeBase, new AdviceEngine(10_000)));
        Map<String, Object> baseline = Map.of("name", "Quote \"Co\"", "sector", "RETAIL", "market", "B2C", "offering", "PRODUCT",
                "pricePositioning", "LOWEST_PRICE", "processValue", 3, "entertainmentValue", 2, "employeeEngagement", 2);
        var comparison = service.compare(ScenarioRequest.comparison(Map.of("baseline", baseline, "variants", java.util.List.of(
                Map.of("name", "happy, \"really\"", "changes", Map.of("employeeEngagement", 4)))), Locale.ENGLISH));
        String[] lines = ScenarioCsv.render(comparison, Locale.ENGLISH).split("\r\n", -1);
        assertThat(lines[0]).isEqualTo("kind,id,label,Baseline,\"happy, \"\"really\"\"\"");
        assertThat(lines[1]).isEqualTo("change,employeeEngagement,Employee engagement,2,4");
        assertThat(lines[2]).startsWith("conclusion,EXPERIENCE_QUADRANT,Experience quadrant,");
        assertThat(lines[3]).isEqualTo("advice,engage-unhappy-staff,Make your customer-facing people your ambassadors,high,");
        assertThat(lines[lines.length - 1]).isEmpty();   // every record ends with CRLF
        assertThat(lines).hasSize(5);                     // header, one change, one conclusion, one advice, ""
        String[] dutch = ScenarioCsv.render(comparison, org.cxadvisor.i18n.Messages.DUTCH).split("\r\n", -1);
        assertThat(dutch[1]).endsWith(",employeeEngagement,Betrokkenheid van medewerkers,2,4");
    }
}

package org.cxadvisor.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

class RulesDocTest {

    @Test
    void theCommittedRuleReferenceMatchesTheRules() throws IOException {
        String committed = Files.readString(Path.of("docs/rules.md"));
        assertThat(committed)
                .as("docs/rules.md is out of date with rules/: run `java -jar target/cx-advisor.jar rules-doc rules/ --out docs/rules.md`")
                .isEqualTo(RulesDoc.render(ShippedRules.knowledgeBase()));
    }

    @Test
    void everyRuleIsListedWithItsPlaceAndKpoints() {
        String doc = RulesDoc.render(ShippedRules.knowledgeBase());
        ShippedRules.knowledgeBase().rules().forEach(rule -> {
            assertThat(doc).contains("### " + rule.name());
            assertThat(doc).contains("`" + rule.file() + ":" + rule.line() + "`");
        });
        assertThat(doc).contains("K-point coverage");
    }
}

package org.cxadvisor.advice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.KnowledgeBaseLoader;
import org.cxadvisor.support.Profiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AdviceEngineTest {

    private static final String HEADER = """
            package cxadvisor;
            import org.cxadvisor.profile.*;
            import org.cxadvisor.advice.*;
            """;

    @Test
    void adviceExcludedByALaterConclusionIsWithdrawnWhateverTheFiringOrder(@TempDir Path rules) throws IOException {
        // The advice rule is declared first, so it fires before the chain below has concluded the value focus.
        Files.writeString(rules.resolve("order.drl"), HEADER + """
                rule "Advice unless late"
                    @category("SURPRISE") @adviceId("unless-late") @kpoints("K28") @source("ecommerce-expander")
                when
                    CompanyProfile()
                    not Conclusion( concluded == ValueFocus.PRACTICAL )
                then
                    insertLogical(Advice.of(kcontext, Priority.LOW));
                end

                rule "Early"
                    @concludes("EXPERIENCE_QUADRANT") @kpoints("K8") @source("geurtsen-2012")
                when
                    CompanyProfile()
                then
                    insertLogical(Conclusion.of(kcontext, ExperienceQuadrant.UTILITY));
                end

                rule "Late, after early"
                    @concludes("VALUE_FOCUS") @kpoints("K8") @source("geurtsen-2012")
                when
                    Conclusion( concluded == ExperienceQuadrant.UTILITY )
                then
                    insertLogical(Conclusion.of(kcontext, ValueFocus.PRACTICAL));
                end
                """);
        KnowledgeBase kb = new KnowledgeBaseLoader(Clock.systemUTC()).load(rules);

        Evaluation evaluation = new AdviceEngine(100).evaluate(kb, Profiles.neutral().build());

        assertThat(evaluation.conclusions()).extracting(Conclusion::type).containsExactly("EXPERIENCE_QUADRANT", "VALUE_FOCUS");
        assertThat(evaluation.adviceIds()).isEmpty();
    }
}

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
        // The advice rule is declared first, so it fires before the chain below has concluded "LATE".
        Files.writeString(rules.resolve("order.drl"), HEADER + """
                rule "Advice unless late"
                    @category("SURPRISE") @adviceId("unless-late") @kpoints("K28") @source("ecommerce-expander")
                when
                    CompanyProfile()
                    not Conclusion( type == "LATE" )
                then
                    insertLogical(Advice.of(kcontext, Priority.LOW));
                end

                rule "Early"
                    @concludes("EARLY") @kpoints("K8") @source("geurtsen-2012")
                when
                    CompanyProfile()
                then
                    insertLogical(Conclusion.of(kcontext, "EARLY", "YES"));
                end

                rule "Late, after early"
                    @concludes("LATE") @kpoints("K8") @source("geurtsen-2012")
                when
                    Conclusion( type == "EARLY" )
                then
                    insertLogical(Conclusion.of(kcontext, "LATE", "YES"));
                end
                """);
        KnowledgeBase kb = new KnowledgeBaseLoader(Clock.systemUTC()).load(rules);

        Evaluation evaluation = new AdviceEngine(100).evaluate(kb, Profiles.neutral().build());

        assertThat(evaluation.conclusions()).extracting(Conclusion::type).containsExactly("EARLY", "LATE");
        assertThat(evaluation.adviceIds()).isEmpty();
    }
}

package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.ShippedRules;
import org.drools.core.impl.InternalRuleBase;
import org.drools.core.reteoo.AlphaTerminalNode;
import org.drools.core.reteoo.ObjectSink;
import org.drools.core.reteoo.ObjectSource;
import org.drools.core.reteoo.ObjectTypeNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.ReleaseId;

/**
 * The loader builds the shipped rules without Drools' alpha terminal nodes, and the rules conclude, advise and find
 * strengths exactly as with them, profile after profile in a fresh session and in a kept one.
 */
class LazyPropagationTest {

    private static KnowledgeBase marked;
    /** The same files as Drools builds them by itself: single-pattern rules on alpha terminal nodes. */
    private static KnowledgeBase asDroolsBuildsIt;

    @BeforeAll
    static void build() {
        marked = ShippedRules.knowledgeBase();
        asDroolsBuildsIt = new KnowledgeBase(unmarked(RuleFiles.scan(ShippedRules.RULES_DIR)), marked.version(),
                marked.loadedAt(), marked.files(), marked.rules(), marked.texts(), marked.experiments());
    }

    private static KieBase unmarked(List<RuleFile> files) {
        KieServices kie = KieServices.get();
        ReleaseId releaseId = kie.newReleaseId("org.cxadvisor.rules", "unmarked-" + System.nanoTime(), "1.0.0");
        KieFileSystem kfs = kie.newKieFileSystem().generateAndWritePomXML(releaseId);
        files.stream().filter(RuleFile::isRules)
                .forEach(f -> kfs.write("src/main/resources/" + f.compiledPath(), f.content()));
        assertThat(kie.newKieBuilder(kfs).buildAll().getResults().getMessages()).isEmpty();
        try {
            return kie.newKieContainer(releaseId).getKieBase();
        } finally {
            kie.getRepository().removeKieModule(releaseId);
        }
    }

    @Test
    void noRuleIsBuiltOnAnAlphaTerminalNode() {
        assertThat(alphaTerminalNodes(marked.kieBase())).isZero();
        // the near miss: Drools by itself builds many, and the count below would see them
        assertThat(alphaTerminalNodes(asDroolsBuildsIt.kieBase())).isGreaterThan(20);
    }

    @Test
    void theRulesConcludeTheSameWithEitherNetwork() {
        AdviceEngine fresh = new AdviceEngine(AdviceEngine.Limits.of(10_000, AdviceEngine.DEFAULT_TIME_BUDGET)
                .freshSessions());
        AdviceEngine kept = new AdviceEngine(10_000);
        Random random = new Random(15);
        for (int i = 0; i < 300; i++) {
            CompanyProfile profile = Profiles.random(random);
            Evaluation expected = fresh.evaluate(asDroolsBuildsIt, profile);
            for (Evaluation actual : List.of(fresh.evaluate(marked, profile), kept.evaluate(marked, profile))) {
                assertThat(actual.conclusions()).as("profile %d: %s", i, profile).isEqualTo(expected.conclusions());
                assertThat(actual.advice()).as("profile %d: %s", i, profile).isEqualTo(expected.advice());
                assertThat(actual.strengths()).as("profile %d: %s", i, profile).isEqualTo(expected.strengths());
            }
        }
    }

    private static int alphaTerminalNodes(KieBase kieBase) {
        List<ObjectSink> found = new ArrayList<>();
        for (ObjectTypeNode type : ((InternalRuleBase) kieBase).getRete().getObjectTypeNodes()) {
            collect(type, found);
        }
        return (int) found.stream().filter(AlphaTerminalNode.class::isInstance).distinct().count();
    }

    private static void collect(ObjectSource source, List<ObjectSink> found) {
        for (ObjectSink sink : source.getObjectSinkPropagator().getSinks()) {
            found.add(sink);
            if (sink instanceof ObjectSource next) {
                collect(next, found);
            }
        }
    }
}

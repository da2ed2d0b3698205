package org.cxadvisor.knowledge;

import java.util.Collection;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.kie.api.builder.KieBuilder;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Propagation;
import org.kie.api.definition.rule.Rule;

/**
 * Gives every rule that does not state its propagation Drools' default one, {@code @Propagation(LAZY)}, before the
 * knowledge base's network is built, so that Drools builds a rule of a single pattern with its usual left input
 * adapter rather than its shortcut for such rules, the "alpha terminal node" (issue 15). At every update of a fact,
 * Drools 10.2.0's alpha terminal node links its rule and puts it on the agenda even when the update changed none of
 * the fields the rule reads (the left input adapter looks at the changed fields first); what-ifs and kept sessions
 * update the profile at every evaluation, and that queueing of the shipped rules' single-pattern rules was 40% of
 * a counterfactual analysis. LAZY is what every rule has without the annotation, so what the rules do and conclude
 * is unchanged: only the shape of the network.
 */
final class LazyPropagation {

    private static final String KEY = Propagation.class.getSimpleName();

    private LazyPropagation() {
    }

    /** Marks the rules of a successful build, whose packages the knowledge base is then built from. */
    static void mark(KieBuilder build) {
        InternalKieModule module = (InternalKieModule) build.getKieModule();
        for (String kieBase : module.getKieModuleModel().getKieBaseModels().keySet()) {
            Collection<KiePackage> packages = module.getKnowledgePackagesForKieBase(kieBase);
            if (packages == null) {
                continue;
            }
            for (KiePackage pkg : packages) {
                for (Rule rule : pkg.getRules()) {
                    RuleImpl impl = (RuleImpl) rule;
                    if (impl.getMetaData(KEY) == null && impl.getMetaData(Propagation.class.getName()) == null) {
                        impl.addMetaAttribute(KEY, Propagation.Type.LAZY.name());
                    }
                }
            }
        }
    }
}

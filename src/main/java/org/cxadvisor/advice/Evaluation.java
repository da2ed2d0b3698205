package org.cxadvisor.advice;

import java.util.List;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.CompanyProfile;

/**
 * What the rules concluded and advised for one profile, before any texts are attached. Cheap to compare,
 * which is what what-if analysis does thousands of times. Advice is ranked by {@link AdviceRanking}: NOW, NEXT,
 * LATER, most important first within each. Strengths are the practices in place that the sources value.
 */
public record Evaluation(KnowledgeBase knowledgeBase, CompanyProfile profile, List<Conclusion> conclusions,
                         List<Advice> advice, List<Strength> strengths) {

    public List<String> adviceIds() {
        return advice.stream().map(Advice::id).toList();
    }
}

package org.cxadvisor.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.EvaluationService;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.FieldGroup;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.profile.ProfileReader;
import org.cxadvisor.support.ShippedRules;
import org.junit.jupiter.api.Test;

/** TEMPORARY proof: the typed counterfactuals equal the old JSON-map implementation on many random profiles. */
class CounterfactualsEquivalenceTest {

    private final EvaluationService service = new EvaluationService(ShippedRules::knowledgeBase, new AdviceEngine(10_000));

    @Test
    void sameResultsAsTheOldImplementation() {
        Random random = new Random(Long.getLong("cf.seed", 14));
        int profiles = Integer.getInteger("cf.profiles", 200);
        KnowledgeBase kb = ShippedRules.knowledgeBase();
        int entries = 0;
        for (int i = 0; i < profiles; i++) {
            CompanyProfile profile = ProfileReader.read(randomJson(random, i));
            var now = Counterfactuals.analyse(service, kb, profile);
            var before = LegacyCounterfactuals.analyse(service, kb, profile);
            List<List<Object>> a = now.counterfactuals().stream().map(c -> List.of(c.adviceId(), c.category(), c.effect().name(),
                    c.kind(), c.changes(), c.field(), String.valueOf(c.from()), c.values())).toList();
            List<List<Object>> b = before.counterfactuals().stream().map(c -> List.of(c.adviceId(), c.category(), c.effect().name(),
                    c.kind(), c.changes(), c.field(), String.valueOf(c.from()), c.values())).toList();
            assertThat(a).as("profile %d: %s", i, ProfileReader.toJson(profile)).isEqualTo(b);
            assertThat(now.evaluations()).isEqualTo(before.evaluations());
            entries += a.size();
        }
        System.out.println("Counterfactuals equivalence: " + profiles + " random profiles, " + entries + " counterfactuals, identical");
    }

    private static Map<String, Object> randomJson(Random random, int i) {
        Map<String, Object> json = new LinkedHashMap<>();
        for (ProfileField field : ProfileField.values()) {
            if (field.group().isPresent() || !field.required() && random.nextInt(10) < 3) {
                continue;
            }
            json.put(field.path(), value(field, random, i));
        }
        for (FieldGroup group : FieldGroup.values()) {
            if (random.nextBoolean()) {
                Map<String, Object> parts = new LinkedHashMap<>();
                group.parts().forEach(p -> parts.put(group.partKey(p), value(p, random, i)));
                json.put(group.key(), parts);
            }
        }
        return json;
    }

    private static Object value(ProfileField field, Random random, int i) {
        return switch (field.kind()) {
            case TEXT -> "Random company " + i;
            case PERCENT -> random.nextBoolean() ? (Object) random.nextInt(101) : (Object) (random.nextInt(201) / 2.0);
            case WHOLE_NUMBER -> field.min() + random.nextInt(field.max() - field.min() + 1);
            default -> {
                List<Object> domain = new ArrayList<>(field.type().domain());
                yield field.type().json(domain.get(random.nextInt(domain.size())));
            }
        };
    }
}

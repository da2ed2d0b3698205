package org.cxadvisor.authoring;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.cxadvisor.advice.AdviceCategory;
import org.cxadvisor.advice.ConclusionType;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.authoring.RuleTests.Expectation;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RuleInfo;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/**
 * Reads a test's {@code expect:}. Names are checked against the knowledge base here, so that a typo in an advice id
 * is a mistake at its line rather than a test that can never pass (or never fail).
 */
final class ExpectReader {

    private static final Set<String> KEYS = Set.of("advice", "noAdvice", "categories", "noCategories",
            "conclusions", "priority", "first", "now", "strengths");

    private final TestFile file;
    private final Set<String> adviceIds;
    private final Set<String> strengthIds = new TreeSet<>();
    private final Set<String> conclusionTypes = new TreeSet<>();

    ExpectReader(TestFile file, KnowledgeBase kb) {
        this.file = file;
        this.adviceIds = new TreeSet<>(kb.adviceIds());
        Stream.of(ConclusionType.values()).map(Enum::name).forEach(conclusionTypes::add);
        kb.rules().stream().map(RuleInfo::conclusion).filter(c -> c != null).forEach(conclusionTypes::add);
        kb.rules().stream().map(RuleInfo::strength).filter(s -> s != null).forEach(strengthIds::add);
    }

    List<Expectation> read(Node node) {
        List<Expectation> expectations = new ArrayList<>();
        Map<String, NodeTuple> keys = file.mapping(node, "'expect:'", KEYS);
        if (keys == null) {
            return expectations;
        }
        for (NodeTuple tuple : keys.values()) {
            String key = YamlNodes.scalarText(tuple.getKeyNode());
            int line = YamlNodes.line(tuple.getKeyNode());
            Object value = switch (key) {
                case "advice", "noAdvice", "categories", "noCategories", "now", "first" -> names(tuple.getValueNode(), key, line);
                case "strengths" -> strengths(tuple.getValueNode(), key, line);
                case "conclusions" -> conclusions(tuple.getValueNode(), key, line);
                case "priority" -> priorities(tuple.getValueNode(), key, line);
                default -> throw new IllegalStateException(key);
            };
            if (value != null) {
                expectations.add(new Expectation(key, line, value));
            }
        }
        return expectations;
    }

    private List<String> names(Node value, String key, int line) {
        List<String> names = nameList(value, key);
        boolean advice = key.contains("dvice") || key.equals("now") || key.equals("first");
        if (key.equals("first") && names != null && names.size() != 1) {
            file.error(line, "'first:' names one advice id, the one that must come first");
            return null;
        }
        return names != null && all(names, n -> advice ? knownAdvice(n, line) : knownCategory(n, line)) ? names : null;
    }

    private List<String> strengths(Node value, String key, int line) {
        List<String> names = nameList(value, key);
        return names != null && all(names, id -> {
            if (strengthIds.contains(id)) {
                return true;
            }
            file.error(line, "unknown strength id '" + id + "': no rule notes it" + NearMiss.closest(id, strengthIds));
            return false;
        }) ? names : null;
    }

    private Map<String, Object> conclusions(Node value, String key, int line) {
        Map<String, Object> map = nameMap(value, key, "a conclusion type to its value, e.g."
                + " {EXPERIENCE_QUADRANT: ENTERTAINMENT_DRIVEN}");
        return map != null && all(map.keySet(), type -> knownConclusion(type, line)) ? map : null;
    }

    private Map<String, Object> priorities(Node value, String key, int line) {
        Map<String, Object> map = nameMap(value, key, "an advice id to HIGH, MEDIUM or LOW, e.g."
                + " {recover-disappointments: HIGH}");
        // '&', not '&&': an unknown id and a wrong priority in one entry are both reported
        if (map == null || !all(map.keySet(), id -> knownAdvice(id, line) & knownPriority(id, map.get(id), line))) {
            return null;
        }
        Map<String, Object> names = new LinkedHashMap<>();
        map.forEach((k, v) -> names.put(k, String.valueOf(v)));
        return names;
    }

    /** Whether every name is known; checks them all, so that each unknown one is reported. */
    private static boolean all(Collection<String> names, Predicate<String> known) {
        boolean ok = true;
        for (String name : names) {
            ok &= known.test(name);
        }
        return ok;
    }

    private boolean knownConclusion(String type, int line) {
        if (conclusionTypes.contains(type)) {
            return true;
        }
        file.error(line, "unknown conclusion type '" + type + "'; known: " + String.join(", ", conclusionTypes));
        return false;
    }

    private boolean knownPriority(String id, Object priority, int line) {
        String p = String.valueOf(priority);
        if (Stream.of(Priority.values()).anyMatch(v -> v.name().equals(p))) {
            return true;
        }
        file.error(line, "priority of '" + id + "' must be HIGH, MEDIUM or LOW, not '" + p + "'");
        return false;
    }

    private boolean knownAdvice(String id, int line) {
        if (adviceIds.contains(id)) {
            return true;
        }
        file.error(line, "unknown advice id '" + id + "': no rule gives it" + NearMiss.closest(id, adviceIds));
        return false;
    }

    private boolean knownCategory(String category, int line) {
        if (AdviceCategory.byName(category).isPresent()) {
            return true;
        }
        file.error(line, "unknown category '" + category + "'; categories: "
                + AdviceCategory.names());
        return false;
    }

    private List<String> nameList(Node node, String key) {
        Object value = YamlNodes.value(node);
        if (value instanceof String s) {
            return List.of(s);
        }
        if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
            return list.stream().map(String::valueOf).toList();
        }
        file.error(YamlNodes.line(node), "'" + key + ":' must be a list of names, e.g. [" + (key.contains("dvice")
                ? "recover-disappointments" : "SENSES") + "]");
        return null;
    }

    private Map<String, Object> nameMap(Node node, String key, String what) {
        Object value = YamlNodes.value(node);
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.forEach((k, v) -> result.put(String.valueOf(k), v));
            return result;
        }
        file.error(YamlNodes.line(node), "'" + key + ":' must map " + what);
        return null;
    }
}

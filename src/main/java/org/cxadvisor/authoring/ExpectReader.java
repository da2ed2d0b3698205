package org.cxadvisor.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cxadvisor.advice.AdviceEngine;
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
            "conclusions", "priority");

    private final TestFile file;
    private final Set<String> adviceIds;
    private final Set<String> conclusionTypes = new TreeSet<>(Validator.CONTRACT_CONCLUSIONS);

    ExpectReader(TestFile file, KnowledgeBase kb) {
        this.file = file;
        this.adviceIds = new TreeSet<>(kb.adviceIds());
        kb.rules().stream().map(RuleInfo::conclusion).filter(c -> c != null).forEach(conclusionTypes::add);
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
                case "advice", "noAdvice", "categories", "noCategories" -> names(tuple.getValueNode(), key, line);
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
        if (names == null) {
            return null;
        }
        boolean ok = true;
        for (String n : names) {
            ok &= key.contains("dvice") ? knownAdvice(n, line) : knownCategory(n, line);
        }
        return ok ? names : null;
    }

    private Map<String, Object> conclusions(Node value, String key, int line) {
        Map<String, Object> map = nameMap(value, key, "a conclusion type to its value, e.g."
                + " {EXPERIENCE_QUADRANT: ENTERTAINMENT_DRIVEN}");
        if (map == null) {
            return null;
        }
        boolean ok = true;
        for (String type : map.keySet()) {
            if (!conclusionTypes.contains(type)) {
                file.error(line, "unknown conclusion type '" + type + "'; known: " + String.join(", ", conclusionTypes));
                ok = false;
            }
        }
        return ok ? map : null;
    }

    private Map<String, Object> priorities(Node value, String key, int line) {
        Map<String, Object> map = nameMap(value, key, "an advice id to HIGH, MEDIUM or LOW, e.g."
                + " {recover-disappointments: HIGH}");
        if (map == null) {
            return null;
        }
        boolean ok = true;
        for (Map.Entry<String, Object> entry : map.entrySet()) {
            ok &= knownAdvice(entry.getKey(), line);
            String p = String.valueOf(entry.getValue());
            if (Stream.of(Priority.values()).noneMatch(v -> v.name().equals(p))) {
                file.error(line, "priority of '" + entry.getKey() + "' must be HIGH, MEDIUM or LOW, not '" + p + "'");
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        Map<String, Object> names = new LinkedHashMap<>();
        map.forEach((k, v) -> names.put(k, String.valueOf(v)));
        return names;
    }

    private boolean knownAdvice(String id, int line) {
        if (adviceIds.contains(id)) {
            return true;
        }
        file.error(line, "unknown advice id '" + id + "': no rule gives it" + NearMiss.closest(id, adviceIds));
        return false;
    }

    private boolean knownCategory(String category, int line) {
        if (AdviceEngine.CATEGORY_ORDER.contains(category)) {
            return true;
        }
        file.error(line, "unknown category '" + category + "'; categories: "
                + String.join(", ", AdviceEngine.CATEGORY_ORDER));
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

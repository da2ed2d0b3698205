package org.cxadvisor.authoring;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;

/** One rule-test file being read: where its mistakes go, each as a {@link Finding} at its line. */
final class TestFile {

    private final String file;
    private final List<Finding> errors;

    TestFile(String file, List<Finding> errors) {
        this.file = file;
        this.errors = errors;
    }

    String name() {
        return file;
    }

    void error(int line, String message) {
        errors.add(Finding.error(file, line, message));
    }

    /** How many mistakes so far; a part read without new ones is fine. */
    int errorCount() {
        return errors.size();
    }

    /** A mapping's entries by key; an unknown key is an error. Null if the node is not a mapping. */
    Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) {
        if (!(node instanceof MappingNode map)) {
            error(YamlNodes.line(node), what + " must be a set of 'key: value' lines ("
                    + String.join(", ", new TreeSet<>(allowed)) + ")");
            return null;
        }
        Map<String, NodeTuple> keys = new LinkedHashMap<>();
        for (NodeTuple tuple : map.getValue()) {
            String key = YamlNodes.scalarText(tuple.getKeyNode());
            if (!allowed.contains(key)) {
                error(YamlNodes.line(tuple.getKeyNode()), "unknown key '" + key + "' in " + what + "; allowed: "
                        + String.join(", ", allowed.stream().sorted().toList()) + NearMiss.closest(key, allowed));
            } else if (keys.put(key, tuple) != null) {
                error(YamlNodes.line(tuple.getKeyNode()), "'" + key + "' appears twice in " + what);
            }
        }
        return keys;
    }
}

package org.cxadvisor.knowledge;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** The line of each key of a texts file (advice id, language, part), so that a mistake is reported where it is. */
final class TextLines {

    private final Map<String, Integer> lines;

    private TextLines(Map<String, Integer> lines) {
        this.lines = lines;
    }

    /** For text that SnakeYAML has already loaded without an error. */
    static TextLines of(String content) {
        Map<String, Integer> lines = new HashMap<>();
        Node root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(content));
        collect(root, "", lines, 0);
        return new TextLines(lines);
    }

    private static void collect(Node node, String path, Map<String, Integer> lines, int depth) {
        if (!(node instanceof MappingNode mapping) || depth > 2) {
            return;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (tuple.getKeyNode() instanceof ScalarNode key) {
                String keyPath = path.isEmpty() ? key.getValue() : path + "/" + key.getValue();
                lines.putIfAbsent(keyPath, key.getStartMark().getLine() + 1);
                collect(tuple.getValueNode(), keyPath, lines, depth + 1);
            }
        }
    }

    /** The line of the key at {@code path} (id, language, part), or of the nearest key above it; 1 if none. */
    int line(String... path) {
        for (int n = path.length; n > 0; n--) {
            Integer line = lines.get(String.join("/", java.util.Arrays.copyOf(path, n)));
            if (line != null) {
                return line;
            }
        }
        return 1;
    }
}

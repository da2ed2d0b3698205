package org.cxadvisor.authoring;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Plain values out of YAML nodes. Test files are read as nodes rather than data, because every mistake must be
 * reported at its line.
 */
final class YamlNodes {

    private YamlNodes() {
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** A YAML node as plain data: maps, lists, strings, Integer/Long, Double, Boolean, null. */
    static Object value(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar(scalar.getTag(), scalar.getValue());
        } else if (node instanceof SequenceNode seq) {
            List<Object> list = new ArrayList<>();
            seq.getValue().forEach(n -> list.add(value(n)));
            return list;
        } else if (node instanceof MappingNode map) {
            Map<String, Object> result = new LinkedHashMap<>();
            map.getValue().forEach(t -> result.put(String.valueOf(value(t.getKeyNode())), value(t.getValueNode())));
            return result;
        }
        return null;
    }

    private static Object scalar(Tag tag, String text) {
        if (Tag.NULL.equals(tag)) {
            return null;
        } else if (Tag.BOOL.equals(tag)) {
            return Boolean.valueOf(text.toLowerCase(Locale.ROOT).matches("true|yes|on|y"));
        } else if (Tag.INT.equals(tag)) {
            try {
                long l = Long.parseLong(text.replace("_", ""));
                return l == (int) l ? Integer.valueOf((int) l) : Long.valueOf(l);
            } catch (NumberFormatException e) {
                return text;
            }
        } else if (Tag.FLOAT.equals(tag)) {
            try {
                return Double.valueOf(text.replace("_", ""));
            } catch (NumberFormatException e) {
                return text;
            }
        }
        return text;
    }

    /** A deep copy of a JSON object with string keys, safe to change. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> copy(Object json) {
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) json).forEach((k, v) -> result.put(String.valueOf(k),
                v instanceof Map<?, ?> m ? copy(m) : v));
        return result;
    }
}

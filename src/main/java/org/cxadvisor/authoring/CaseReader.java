package org.cxadvisor.authoring;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cxadvisor.authoring.RuleTests.Case;
import org.cxadvisor.authoring.RuleTests.Expectation;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.ProfileChanges;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.profile.ProfileReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

import static org.cxadvisor.authoring.YamlNodes.line;
import static org.cxadvisor.authoring.YamlNodes.scalarText;

/**
 * Reads one test file into cases: the {@code tests:} list, each case's name and {@code given:} profile. A case
 * with a mistake is left out; the mistake is reported at its line instead.
 */
final class CaseReader {

    private static final Set<String> TOP_KEYS = Set.of("tests");
    private static final Set<String> CASE_KEYS = Set.of("name", "given", "expect");
    private static final Set<String> GIVEN_KEYS = Set.of("example", "profile", "changes");
    private static final Set<String> FIELD_PATHS = Stream.of(ProfileField.values()).map(ProfileField::path)
            .collect(Collectors.toCollection(TreeSet::new));

    private final TestFile file;
    private final ExampleProfiles examples;
    private final List<Case> cases;
    private final ExpectReader expectReader;

    CaseReader(TestFile file, KnowledgeBase kb, Path rulesDir, List<Case> cases) {
        this.file = file;
        this.examples = new ExampleProfiles(file, rulesDir);
        this.cases = cases;
        this.expectReader = new ExpectReader(file, kb);
    }

    void read(String text) {
        Node root;
        try {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            file.error(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem() + " (check the indentation and the '-' before each test)");
            return;
        } catch (RuntimeException e) {
            file.error(1, "not valid YAML: " + e.getMessage());
            return;
        }
        if (root == null) {
            file.error(1, "the file is empty; it needs a 'tests:' list");
            return;
        }
        int before = file.errorCount();
        Map<String, NodeTuple> top = file.mapping(root, "the file", TOP_KEYS);
        if (top == null) {
            return;
        }
        NodeTuple tests = top.get("tests");
        if (tests == null && file.errorCount() == before) {
            file.error(line(root), "the file needs a 'tests:' list");
            return;
        }
        if (tests == null) {
            return;
        }
        if (!(tests.getValueNode() instanceof SequenceNode list)) {
            file.error(line(tests.getValueNode()), "'tests:' must be a list of tests, each starting with '- name:'");
            return;
        }
        for (Node node : list.getValue()) {
            readCase(node);
        }
    }

    private void readCase(Node node) {
        int before = file.errorCount();
        Map<String, NodeTuple> keys = file.mapping(node, "a test", CASE_KEYS);
        if (keys == null) {
            return;
        }
        String name = keys.containsKey("name") ? scalarText(keys.get("name").getValueNode()) : null;
        if (name == null || name.isBlank()) {
            file.error(line(node), "a test needs a 'name:' that says what it checks");
            name = "(no name)";
        }
        if (!keys.containsKey("given")) {
            file.error(line(node), "test '" + name + "' needs 'given:' with an 'example:' or a 'profile:'");
            return;
        }
        CompanyProfile profile = readGiven(keys.get("given").getValueNode(), name);
        List<Expectation> expectations = keys.containsKey("expect")
                ? expectReader.read(keys.get("expect").getValueNode()) : List.of();
        if (keys.containsKey("expect") && expectations.isEmpty() && file.errorCount() == before) {
            file.error(line(keys.get("expect").getKeyNode()), "test '" + name + "' expects nothing; add e.g. 'advice: [...]'");
        }
        if (!keys.containsKey("expect")) {
            file.error(line(node), "test '" + name + "' needs 'expect:' with what the advice must contain");
        }
        if (file.errorCount() == before && profile != null) {
            cases.add(new Case(file.name(), line(node), name, profile, expectations));
        }
    }

    private CompanyProfile readGiven(Node node, String name) {
        Map<String, NodeTuple> keys = file.mapping(node, "'given:'", GIVEN_KEYS);
        if (keys == null) {
            return null;
        }
        Map<String, Object> json;
        if (keys.containsKey("example") == keys.containsKey("profile")) {
            file.error(line(node), "'given:' needs exactly one of 'example:' (a profile in " + ExampleProfiles.FOLDER + ") or 'profile:'");
            return null;
        } else if (keys.containsKey("example")) {
            json = examples.read(keys.get("example").getValueNode());
        } else {
            Object value = YamlNodes.value(keys.get("profile").getValueNode());
            if (!(value instanceof Map<?, ?>)) {
                file.error(line(keys.get("profile").getValueNode()), "'profile:' must be a company profile, field by field");
                return null;
            }
            json = YamlNodes.copy(value);
        }
        if (json == null) {
            return null;
        }
        int line = line(keys.containsKey("profile") ? keys.get("profile").getValueNode() : node);
        Map<String, Object> changes = new LinkedHashMap<>();
        if (keys.containsKey("changes")) {
            Node changesNode = keys.get("changes").getValueNode();
            if (!(changesNode instanceof MappingNode map)) {
                file.error(line(changesNode), "'changes:' must map field names to new values, e.g. complaintRatePercent: 9");
                return null;
            }
            line = line(changesNode);
            for (NodeTuple change : map.getValue()) {
                String path = scalarText(change.getKeyNode());
                if (path == null || !ProfileChanges.isChangeKey(path)) {
                    file.error(line(change.getKeyNode()), "unknown profile field '" + path + "' in 'changes:'"
                            + NearMiss.closest(path == null ? "" : path, FIELD_PATHS));
                    return null;
                }
                changes.put(path, YamlNodes.value(change.getValueNode()));
            }
        }
        try {
            // Without changes the profile is read as written, so that every violation the reader finds is shown.
            return changes.isEmpty() ? ProfileReader.read(json) : ProfileChanges.apply(json, changes);
        } catch (InvalidProfileException e) {
            file.error(line, "the profile of test '" + name + "' is not valid: " + e.violations().stream()
                    .map(v -> (v.field().isEmpty() ? "" : v.field() + ": ") + v.message(Locale.ENGLISH))
                    .collect(Collectors.joining("; ")));
            return null;
        }
    }
}

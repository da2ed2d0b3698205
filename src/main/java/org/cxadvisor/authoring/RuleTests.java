package org.cxadvisor.authoring;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.cxadvisor.advice.Advice;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.Conclusion;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RuleFiles;
import org.cxadvisor.knowledge.RuleInfo;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.profile.InvalidProfileException;
import org.cxadvisor.profile.JsonText;
import org.cxadvisor.profile.MalformedJsonException;
import org.cxadvisor.profile.ProfileField;
import org.cxadvisor.profile.ProfileReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Rule tests that business users write: {@code rules/tests/*.yaml}, each a list of cases with a company profile
 * ({@code given}: an example from {@code docs/examples/<name>.json} beside the rules folder, or a full
 * {@code profile}, plus optional {@code changes}) and what the advice must ({@code expect}) contain. A mistake in a
 * test file (unknown key, bad profile, unknown advice id...) is an error with file and line, never a crash.
 */
public final class RuleTests {

    static final String EXAMPLES = "docs/examples";
    private static final Set<String> TOP_KEYS = Set.of("tests");
    private static final Set<String> CASE_KEYS = Set.of("name", "given", "expect");
    private static final Set<String> GIVEN_KEYS = Set.of("example", "profile", "changes");
    static final List<String> EXPECT_KEYS = List.of("advice", "noAdvice", "categories", "noCategories",
            "conclusions", "priority");

    /** One expectation: its key, the line it is on, and its value (a list of names, or a map). */
    public record Expectation(String key, int line, Object value) {
    }

    /** One test case, ready to run. {@code file} is relative to the rules folder. */
    public record Case(String file, int line, String name, CompanyProfile profile, List<Expectation> expectations) {
        public String where() {
            return file + ":" + line;
        }
    }

    /** A failed expectation: where it is written and what came instead. */
    public record Failure(int line, String message) {
    }

    public record Result(Case testCase, List<Failure> failures) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    /** Every case found, and every mistake in the test files (the cases with a mistake are left out). */
    public record Suite(List<Case> cases, List<Finding> errors, List<String> files) {
    }

    private RuleTests() {
    }

    /** Reads {@code <rulesDir>/tests/*.yaml} against the knowledge base that the tests will run on. */
    public static Suite read(Path rulesDir, KnowledgeBase kb) {
        Path testsDir = rulesDir.resolve(RuleFiles.TESTS_FOLDER);
        List<Case> cases = new ArrayList<>();
        List<Finding> errors = new ArrayList<>();
        List<String> files = new ArrayList<>();
        if (!Files.isDirectory(testsDir)) {
            return new Suite(cases, errors, files);
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(testsDir)) {
            paths = walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path examples = rulesDir.toAbsolutePath().normalize().resolveSibling(EXAMPLES);
        for (Path path : paths) {
            String relative = rulesDir.relativize(path).toString().replace('\\', '/');
            files.add(relative);
            try {
                new Reader(relative, kb, examples, cases, errors).read(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                errors.add(Finding.error(relative, 0, "cannot read the file: " + e.getMessage()));
            }
        }
        return new Suite(cases, errors, files);
    }

    /** Reads one test file's text; for tests of the runner itself. */
    static Suite read(String file, String text, KnowledgeBase kb, Path examples) {
        List<Case> cases = new ArrayList<>();
        List<Finding> errors = new ArrayList<>();
        new Reader(file, kb, examples, cases, errors).read(text);
        return new Suite(cases, errors, List.of(file));
    }

    public static Result run(Case testCase, KnowledgeBase kb, AdviceEngine engine) {
        return check(testCase, engine.evaluate(kb, testCase.profile()));
    }

    /** Compares an evaluation with a case's expectations. */
    static Result check(Case testCase, Evaluation evaluation) {
        List<Failure> failures = new ArrayList<>();
        Map<String, Advice> given = new LinkedHashMap<>();
        evaluation.advice().forEach(a -> given.putIfAbsent(a.id(), a));
        String givenList = given.isEmpty() ? "no advice at all" : "given: " + String.join(", ", given.keySet());
        for (Expectation e : testCase.expectations()) {
            switch (e.key()) {
                case "advice" -> names(e).stream().filter(id -> !given.containsKey(id)).forEach(id -> failures.add(
                        new Failure(e.line(), "expected advice '" + id + "', but it was not given (" + givenList + ")")));
                case "noAdvice" -> names(e).stream().filter(given::containsKey).forEach(id -> failures.add(
                        new Failure(e.line(), "expected no advice '" + id + "', but rule \"" + given.get(id).rule()
                                + "\" gave it with " + given.get(id).priority() + " priority")));
                case "categories" -> {
                    Set<String> categories = evaluation.advice().stream().map(Advice::category)
                            .collect(Collectors.toCollection(LinkedHashSet::new));
                    names(e).stream().filter(c -> !categories.contains(c)).forEach(c -> failures.add(new Failure(
                            e.line(), "expected advice in category " + c + ", but there was none (categories given: "
                            + (categories.isEmpty() ? "none" : String.join(", ", categories)) + ")")));
                }
                case "noCategories" -> names(e).forEach(c -> {
                    List<String> ids = evaluation.advice().stream().filter(a -> c.equals(a.category()))
                            .map(Advice::id).toList();
                    if (!ids.isEmpty()) {
                        failures.add(new Failure(e.line(), "expected no advice in category " + c + ", but got: "
                                + String.join(", ", ids)));
                    }
                });
                case "conclusions" -> map(e).forEach((type, expected) -> {
                    Conclusion actual = evaluation.conclusions().stream().filter(c -> c.type().equals(type))
                            .findFirst().orElse(null);
                    if (expected == null && actual != null) {
                        failures.add(new Failure(e.line(), "expected no " + type + " conclusion, but rule \""
                                + actual.rule() + "\" concluded " + actual.value()));
                    } else if (expected != null && actual == null) {
                        failures.add(new Failure(e.line(), "expected " + type + " = " + expected
                                + ", but no rule concluded " + type));
                    } else if (expected != null && !String.valueOf(expected).equals(String.valueOf(actual.value()))) {
                        failures.add(new Failure(e.line(), "expected " + type + " = " + expected + ", but it was "
                                + actual.value() + " (rule \"" + actual.rule() + "\")"));
                    }
                });
                case "priority" -> map(e).forEach((id, expected) -> {
                    Advice actual = given.get(id);
                    if (actual == null) {
                        failures.add(new Failure(e.line(), "expected advice '" + id + "' with " + expected
                                + " priority, but it was not given (" + givenList + ")"));
                    } else if (!actual.priority().name().equals(expected)) {
                        failures.add(new Failure(e.line(), "expected advice '" + id + "' with " + expected
                                + " priority, but it had " + actual.priority()));
                    }
                });
                default -> throw new IllegalStateException(e.key());
            }
        }
        return new Result(testCase, failures);
    }

    @SuppressWarnings("unchecked")
    private static List<String> names(Expectation e) {
        return (List<String>) e.value();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Expectation e) {
        return (Map<String, Object>) e.value();
    }

    /** Reads one file; every mistake becomes a {@link Finding} at its line. */
    private static final class Reader {
        private final String file;
        private final KnowledgeBase kb;
        private final Path examples;
        private final List<Case> cases;
        private final List<Finding> errors;
        private final Set<String> adviceIds;
        private final Set<String> conclusionTypes = new TreeSet<>(Validator.CONTRACT_CONCLUSIONS);

        Reader(String file, KnowledgeBase kb, Path examples, List<Case> cases, List<Finding> errors) {
            this.file = file;
            this.kb = kb;
            this.examples = examples;
            this.cases = cases;
            this.errors = errors;
            this.adviceIds = new TreeSet<>(kb.adviceIds());
            kb.rules().stream().map(RuleInfo::conclusion).filter(c -> c != null).forEach(conclusionTypes::add);
        }

        void read(String text) {
            Node root;
            try {
                root = new Yaml(new SafeConstructor(new LoaderOptions())).compose(new StringReader(text));
            } catch (MarkedYAMLException e) {
                error(e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                        "not valid YAML: " + e.getProblem() + " (check the indentation and the '-' before each test)");
                return;
            } catch (RuntimeException e) {
                error(1, "not valid YAML: " + e.getMessage());
                return;
            }
            if (root == null) {
                error(1, "the file is empty; it needs a 'tests:' list");
                return;
            }
            int before = errors.size();
            Map<String, NodeTuple> top = mapping(root, "the file", TOP_KEYS);
            if (top == null) {
                return;
            }
            NodeTuple tests = top.get("tests");
            if (tests == null && errors.size() == before) {
                error(line(root), "the file needs a 'tests:' list");
                return;
            }
            if (tests == null) {
                return;
            }
            if (!(tests.getValueNode() instanceof SequenceNode list)) {
                error(line(tests.getValueNode()), "'tests:' must be a list of tests, each starting with '- name:'");
                return;
            }
            for (Node node : list.getValue()) {
                readCase(node);
            }
        }

        private void readCase(Node node) {
            int before = errors.size();
            Map<String, NodeTuple> keys = mapping(node, "a test", CASE_KEYS);
            if (keys == null) {
                return;
            }
            String name = keys.containsKey("name") ? scalarText(keys.get("name").getValueNode()) : null;
            if (name == null || name.isBlank()) {
                error(line(node), "a test needs a 'name:' that says what it checks");
                name = "(no name)";
            }
            if (!keys.containsKey("given")) {
                error(line(node), "test '" + name + "' needs 'given:' with an 'example:' or a 'profile:'");
                return;
            }
            CompanyProfile profile = readGiven(keys.get("given").getValueNode(), name);
            List<Expectation> expectations = keys.containsKey("expect")
                    ? readExpect(keys.get("expect").getValueNode()) : List.of();
            if (keys.containsKey("expect") && expectations.isEmpty() && errors.size() == before) {
                error(line(keys.get("expect").getKeyNode()), "test '" + name + "' expects nothing; add e.g. 'advice: [...]'");
            }
            if (!keys.containsKey("expect")) {
                error(line(node), "test '" + name + "' needs 'expect:' with what the advice must contain");
            }
            if (errors.size() == before && profile != null) {
                cases.add(new Case(file, line(node), name, profile, expectations));
            }
        }

        private CompanyProfile readGiven(Node node, String name) {
            Map<String, NodeTuple> keys = mapping(node, "'given:'", GIVEN_KEYS);
            if (keys == null) {
                return null;
            }
            Map<String, Object> json;
            if (keys.containsKey("example") == keys.containsKey("profile")) {
                error(line(node), "'given:' needs exactly one of 'example:' (a file in " + EXAMPLES + ") or 'profile:'");
                return null;
            } else if (keys.containsKey("example")) {
                json = example(keys.get("example").getValueNode());
            } else {
                Object value = value(keys.get("profile").getValueNode());
                if (!(value instanceof Map<?, ?>)) {
                    error(line(keys.get("profile").getValueNode()), "'profile:' must be a company profile, field by field");
                    return null;
                }
                json = copy(value);
            }
            if (json == null) {
                return null;
            }
            int line = line(keys.containsKey("profile") ? keys.get("profile").getValueNode() : node);
            if (keys.containsKey("changes")) {
                Node changes = keys.get("changes").getValueNode();
                if (!(changes instanceof MappingNode map)) {
                    error(line(changes), "'changes:' must map field names to new values, e.g. complaintRatePercent: 9");
                    return null;
                }
                line = line(changes);
                for (NodeTuple change : map.getValue()) {
                    String path = scalarText(change.getKeyNode());
                    if (!ProfileChanges.isField(path)) {
                        error(line(change.getKeyNode()), "unknown profile field '" + path + "' in 'changes:'"
                                + ProfileChanges.suggestion(path));
                        return null;
                    }
                    ProfileChanges.apply(json, path, value(change.getValueNode()));
                }
            }
            try {
                return ProfileReader.read(json);
            } catch (InvalidProfileException e) {
                error(line, "the profile of test '" + name + "' is not valid: " + e.violations().stream()
                        .map(v -> (v.field().isEmpty() ? "" : v.field() + ": ") + v.message(Locale.ENGLISH))
                        .collect(Collectors.joining("; ")));
                return null;
            }
        }

        private Map<String, Object> example(Node node) {
            String name = scalarText(node);
            if (name == null || name.isBlank()) {
                error(line(node), "'example:' needs the name of a file in " + EXAMPLES);
                return null;
            }
            Path path = examples.resolve(name.endsWith(".json") ? name : name + ".json");
            if (!Files.isRegularFile(path)) {
                String known;
                try (Stream<Path> list = Files.isDirectory(examples) ? Files.list(examples) : Stream.empty()) {
                    known = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                            .map(n -> n.substring(0, n.length() - 5)).sorted().collect(Collectors.joining(", "));
                } catch (IOException e) {
                    known = "";
                }
                error(line(node), "no example '" + name + "' (looked for " + path + ")"
                        + (known.isEmpty() ? "" : "; examples: " + known));
                return null;
            }
            try {
                Object json = JsonText.parse(Files.readAllBytes(path));
                if (json instanceof Map<?, ?>) {
                    return copy(json);
                }
                error(line(node), "example '" + name + "' is not a JSON object");
            } catch (MalformedJsonException e) {
                error(line(node), "example '" + name + "' is not valid JSON: " + e.getMessage());
            } catch (IOException e) {
                error(line(node), "cannot read example '" + name + "': " + e.getMessage());
            }
            return null;
        }

        private List<Expectation> readExpect(Node node) {
            List<Expectation> expectations = new ArrayList<>();
            Map<String, NodeTuple> keys = mapping(node, "'expect:'", Set.copyOf(EXPECT_KEYS));
            if (keys == null) {
                return expectations;
            }
            for (NodeTuple tuple : keys.values()) {
                String key = scalarText(tuple.getKeyNode());
                Node value = tuple.getValueNode();
                int line = line(tuple.getKeyNode());
                switch (key) {
                    case "advice", "noAdvice", "categories", "noCategories" -> {
                        List<String> names = nameList(value, key);
                        if (names == null) {
                            continue;
                        }
                        boolean ok = true;
                        for (String n : names) {
                            ok &= key.contains("dvice") ? knownAdvice(n, line) : knownCategory(n, line);
                        }
                        if (ok) {
                            expectations.add(new Expectation(key, line, names));
                        }
                    }
                    case "conclusions" -> {
                        Map<String, Object> map = nameMap(value, key, "a conclusion type to its value, e.g."
                                + " {EXPERIENCE_QUADRANT: ENTERTAINMENT_DRIVEN}");
                        if (map == null) {
                            continue;
                        }
                        boolean ok = true;
                        for (String type : map.keySet()) {
                            if (!conclusionTypes.contains(type)) {
                                error(line, "unknown conclusion type '" + type + "'; known: " + String.join(", ", conclusionTypes));
                                ok = false;
                            }
                        }
                        if (ok) {
                            expectations.add(new Expectation(key, line, map));
                        }
                    }
                    case "priority" -> {
                        Map<String, Object> map = nameMap(value, key, "an advice id to HIGH, MEDIUM or LOW, e.g."
                                + " {recover-disappointments: HIGH}");
                        if (map == null) {
                            continue;
                        }
                        boolean ok = true;
                        for (Map.Entry<String, Object> entry : map.entrySet()) {
                            ok &= knownAdvice(entry.getKey(), line);
                            String p = String.valueOf(entry.getValue());
                            if (Stream.of(Priority.values()).noneMatch(v -> v.name().equals(p))) {
                                error(line, "priority of '" + entry.getKey() + "' must be HIGH, MEDIUM or LOW, not '" + p + "'");
                                ok = false;
                            }
                        }
                        if (ok) {
                            Map<String, Object> names = new LinkedHashMap<>();
                            map.forEach((k, v) -> names.put(k, String.valueOf(v)));
                            expectations.add(new Expectation(key, line, names));
                        }
                    }
                    default -> throw new IllegalStateException(key);
                }
            }
            return expectations;
        }

        private boolean knownAdvice(String id, int line) {
            if (adviceIds.contains(id)) {
                return true;
            }
            error(line, "unknown advice id '" + id + "': no rule gives it" + closest(id, adviceIds));
            return false;
        }

        private boolean knownCategory(String category, int line) {
            if (AdviceEngine.CATEGORY_ORDER.contains(category)) {
                return true;
            }
            error(line, "unknown category '" + category + "'; categories: " + String.join(", ", AdviceEngine.CATEGORY_ORDER));
            return false;
        }

        private List<String> nameList(Node node, String key) {
            Object value = value(node);
            if (value instanceof String s) {
                return List.of(s);
            }
            if (value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String)) {
                return list.stream().map(String::valueOf).toList();
            }
            error(line(node), "'" + key + ":' must be a list of names, e.g. [" + (key.contains("dvice")
                    ? "recover-disappointments" : "SENSES") + "]");
            return null;
        }

        private Map<String, Object> nameMap(Node node, String key, String what) {
            Object value = value(node);
            if (value instanceof Map<?, ?> map) {
                Map<String, Object> result = new LinkedHashMap<>();
                map.forEach((k, v) -> result.put(String.valueOf(k), v));
                return result;
            }
            error(line(node), "'" + key + ":' must map " + what);
            return null;
        }

        /** A mapping's entries by key; an unknown key is an error. Null if the node is not a mapping. */
        private Map<String, NodeTuple> mapping(Node node, String what, Set<String> allowed) {
            if (!(node instanceof MappingNode map)) {
                error(line(node), what + " must be a set of 'key: value' lines (" + String.join(", ", new TreeSet<>(allowed)) + ")");
                return null;
            }
            Map<String, NodeTuple> keys = new LinkedHashMap<>();
            for (NodeTuple tuple : map.getValue()) {
                String key = scalarText(tuple.getKeyNode());
                if (!allowed.contains(key)) {
                    error(line(tuple.getKeyNode()), "unknown key '" + key + "' in " + what + "; allowed: "
                            + String.join(", ", allowed.stream().sorted().toList()) + closest(key, allowed));
                } else if (keys.put(key, tuple) != null) {
                    error(line(tuple.getKeyNode()), "'" + key + "' appears twice in " + what);
                }
            }
            return keys;
        }

        private void error(int line, String message) {
            errors.add(Finding.error(file, line, message));
        }
    }

    static int line(Node node) {
        return node.getStartMark() == null ? 0 : node.getStartMark().getLine() + 1;
    }

    private static String scalarText(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : null;
    }

    /** A YAML node as plain data: maps, lists, strings, Integer/Long, Double, Boolean, null. */
    static Object value(Node node) {
        if (node instanceof ScalarNode scalar) {
            Tag tag = scalar.getTag();
            String text = scalar.getValue();
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copy(Object json) {
        Map<String, Object> result = new LinkedHashMap<>();
        ((Map<Object, Object>) json).forEach((k, v) -> result.put(String.valueOf(k),
                v instanceof Map<?, ?> m ? copy(m) : v));
        return result;
    }

    /** " (did you mean 'x'?)" for a near miss, else "". */
    static String closest(String word, Set<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(word.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best != null && bestDistance <= Math.max(2, word.length() / 4) ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}

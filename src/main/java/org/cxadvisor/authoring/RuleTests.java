package org.cxadvisor.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.knowledge.KnowledgeBase;
import org.cxadvisor.knowledge.RuleFiles;
import org.cxadvisor.profile.CompanyProfile;

/**
 * Rule tests that business users write: {@code rules/tests/*.yaml}, each a list of cases with a company profile
 * ({@code given}: an example from {@code examples/<name>.json} in the rules folder, or a full
 * {@code profile}, plus optional {@code changes}) and what the advice must ({@code expect}) contain. A mistake in a
 * test file (unknown key, bad profile, unknown advice id...) is an error with file and line, never a crash.
 * {@link CaseReader} reads the files, {@link ExpectationCheck} compares the advice with what a case expects.
 */
public final class RuleTests {

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
        for (Path path : testFiles(testsDir)) {
            String relative = rulesDir.relativize(path).toString().replace('\\', '/');
            files.add(relative);
            try {
                new CaseReader(new TestFile(relative, errors), kb, rulesDir, cases)
                        .read(Files.readString(path, StandardCharsets.UTF_8));
            } catch (IOException e) {
                errors.add(Finding.error(relative, 0, "cannot read the file: " + e.getMessage()));
            }
        }
        return new Suite(cases, errors, files);
    }

    /** Reads one test file's text; for tests of the runner itself. */
    static Suite read(String file, String text, KnowledgeBase kb, Path rulesDir) {
        List<Case> cases = new ArrayList<>();
        List<Finding> errors = new ArrayList<>();
        new CaseReader(new TestFile(file, errors), kb, rulesDir, cases).read(text);
        return new Suite(cases, errors, List.of(file));
    }

    public static Result run(Case testCase, KnowledgeBase kb, AdviceEngine engine) {
        return new Result(testCase, ExpectationCheck.failures(testCase.expectations(),
                engine.evaluate(kb, testCase.profile())));
    }

    /**
     * Like {@link #run}, but rules that fail while running (e.g. a runaway rule) make a failed test naming the
     * problem, not an exception: the command line and the knowledge-base page report every test's result.
     */
    public static Result runSafely(Case testCase, KnowledgeBase kb, AdviceEngine engine) {
        try {
            return run(testCase, kb, engine);
        } catch (RuntimeException e) {
            return new Result(testCase, List.of(new Failure(testCase.line(), "the rules could not be run: " + e.getMessage())));
        }
    }

    private static List<Path> testFiles(Path testsDir) {
        try (Stream<Path> walk = Files.walk(testsDir)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String n = p.getFileName().toString();
                return !n.startsWith(".") && (n.endsWith(".yaml") || n.endsWith(".yml"));
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

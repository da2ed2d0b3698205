package org.cxadvisor.knowledge;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.AccessDeniedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Finds the files that make up a knowledge base in a rules folder, and hashes them into a version. */
public final class RuleFiles {

    public static final String TEXTS_SUFFIX = ".texts.yaml";
    /** Experiment plans: which advice can be tested and how (org.cxadvisor.experiment). */
    public static final String PLANS_SUFFIX = ".plans.yaml";
    /** Rule tests live beside the rules but are not part of the knowledge base. */
    public static final String TESTS_FOLDER = "tests";

    private static final List<String> SUFFIXES = List.of(".drl", ".dsl", ".dslr", TEXTS_SUFFIX, PLANS_SUFFIX);

    private RuleFiles() {
    }

    /** The knowledge-base files below {@code dir}, sorted by path. */
    public static List<RuleFile> scan(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new KnowledgeBaseException(List.of(new RuleError(dir.toString(), 0,
                    "The rules folder does not exist or is not a folder.")));
        }
        try {
            // Resolved on every scan: the folder may be a link that a sync tool (git-sync) points elsewhere.
            Path root = dir.toRealPath();
            try (Stream<Path> paths = Files.walk(root)) {
                return paths.filter(Files::isRegularFile)
                        .map(p -> root.relativize(p).toString().replace('\\', '/'))
                        .filter(RuleFiles::isKnowledgeFile)
                        .sorted()
                        .map(rel -> read(root, rel))
                        .toList();
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new KnowledgeBaseException(List.of(new RuleError(dir.toString(), 0,
                    "The rules folder could not be read: " + e.getMessage())));
        }
    }

    /**
     * True for a file that belongs to the knowledge base. Editors' temporary and backup files
     * (hidden files, {@code foo.drl~}, {@code #foo.drl#}, {@code foo.drl.swp}, {@code .bak}, LibreOffice's
     * {@code .~lock.foo.drl.xlsx#} and Excel's {@code ~$foo.drl.xlsx}) never match,
     * because only the exact suffixes above count and hidden files are skipped.
     */
    public static boolean isKnowledgeFile(String relativePath) {
        String name = relativePath.substring(relativePath.lastIndexOf('/') + 1);
        // Hidden folders too: a Kubernetes ConfigMap volume keeps each version of its files in "..<timestamp>/"
        // beside the links to the current one, and only the links are the rules.
        return !name.startsWith(".") && !name.startsWith("#") && !name.startsWith("~") && !relativePath.startsWith(".")
                && !relativePath.contains("/.")
                && !relativePath.startsWith(TESTS_FOLDER + "/")
                && (SUFFIXES.stream().anyMatch(name::endsWith) || DecisionTable.isTable(name));
    }

    /** A short content hash of all files (paths and texts): the knowledge base's version. */
    public static String version(List<RuleFile> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (RuleFile file : files) {
                digest.update(file.path().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                digest.update(file.content().getBytes(StandardCharsets.UTF_8));
                digest.update((byte) 0);
                if (file.isTable()) {
                    digest.update(file.table().fingerprint().getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /**
     * A file as a knowledge-base file (a decision table as the DRL it stands for); a file that cannot be read or is
     * not UTF-8 is an error naming that file, not a stack trace.
     */
    private static RuleFile read(Path dir, String relative) {
        Path file = dir.resolve(relative);
        try {
            byte[] bytes = Files.readAllBytes(file);
            if (DecisionTable.isTable(relative)) {
                DecisionTable table = DecisionTable.read(relative, bytes);
                return new RuleFile(relative, table.drl(), table);
            }
            return new RuleFile(relative, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            throw new KnowledgeBaseException(List.of(new RuleError(relative, 0, "is not UTF-8 text: save it as UTF-8"
                    + " (most editors offer this under 'Save as' or 'Encoding').")));
        } catch (AccessDeniedException e) {
            throw new KnowledgeBaseException(List.of(new RuleError(relative, 0, "cannot be read: permission denied.")));
        } catch (IOException e) {
            throw new KnowledgeBaseException(List.of(new RuleError(relative, 0, "cannot be read: " + e.getMessage())));
        }
    }
}

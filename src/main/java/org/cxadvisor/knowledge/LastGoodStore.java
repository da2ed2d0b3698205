package org.cxadvisor.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * The rule files of the generation last in service, kept under {@code cxadvisor.data-dir}
 * ({@code knowledge-base/last-good.zip}), so that a restart while the rules folder holds a refused change still
 * starts on the rules that served before. Written to a temporary file and moved into place, so a crash leaves either
 * the old or the new copy, never half of one.
 */
final class LastGoodStore {

    private final Path file;

    LastGoodStore(Path dataDir) {
        this.file = dataDir.resolve("knowledge-base").resolve("last-good.zip");
    }

    Path file() {
        return file;
    }

    void save(List<RuleFile> files) throws IOException {
        Files.createDirectories(file.getParent());
        Path tmp = Files.createTempFile(file.getParent(), "last-good", ".tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(out)) {
                for (RuleFile f : files) {
                    zip.putNextEntry(new ZipEntry(f.path()));
                    zip.write(f.content().getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    Optional<List<RuleFile>> load() throws IOException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<RuleFile> files = new ArrayList<>();
        try (InputStream in = Files.newInputStream(file); ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (RuleFiles.isKnowledgeFile(entry.getName()) && !entry.getName().contains("..")) {
                    files.add(new RuleFile(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8)));
                }
            }
        }
        return files.isEmpty() ? Optional.empty() : Optional.of(List.copyOf(files));
    }
}

package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cxadvisor.support.RulesFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors a business user can act on: the file that cannot be read, the syntax error without Drools' follow-on. */
class KnowledgeBaseLoaderTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatIsNotUtf8IsNamedWithoutAStackTrace() throws Exception {
        Files.write(dir.resolve("cafe.drl"), "// caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
        assertThatThrownBy(() -> RulesFolder.in(dir).load()).isInstanceOfSatisfying(KnowledgeBaseException.class,
                e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                    assertThat(err.file()).isEqualTo("cafe.drl");
                    assertThat(err.message()).contains("not UTF-8");
                }));
    }

    @Test
    void aSyntaxErrorComesWithoutTheParsersNullPackageLine() {
        RulesFolder folder = RulesFolder.in(dir).file("broken.drl", "package cxadvisor;\nrule \"Broken\" when then end end\n");
        assertThatThrownBy(folder::load).isInstanceOfSatisfying(KnowledgeBaseException.class, e -> {
            assertThat(e.errors()).isNotEmpty().allSatisfy(err -> assertThat(err.file()).isEqualTo("broken.drl"));
            assertThat(e.errors()).noneSatisfy(err -> assertThat(err.message()).contains("null Package"));
        });
    }
}

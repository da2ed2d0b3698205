package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The knowledge base's own source table and K-points match docs/knowledge-map.md, the reference users read. */
class KnowledgeMapTest {

    private static final Pattern SOURCE_ROW = Pattern.compile("^\\| `([a-z0-9-]+)` \\| (.+) \\| K(\\d+)–K(\\d+) \\|$", Pattern.MULTILINE);

    @Test
    void theDocumentedSourcesAreTheKnowledgeMapsDocuments() throws IOException {
        String doc = Files.readString(Path.of("docs/knowledge-map.md"));
        Matcher row = SOURCE_ROW.matcher(doc);
        int rows = 0;
        while (row.find()) {
            KnowledgeMap.Document document = KnowledgeMap.document(row.group(1)).orElseThrow(
                    () -> new AssertionError("docs/knowledge-map.md cites an unknown source: " + row.group(1)));
            assertThat(document.firstKpoint()).as(row.group(1)).isEqualTo(Integer.parseInt(row.group(3)));
            assertThat(document.lastKpoint()).as(row.group(1)).isEqualTo(Integer.parseInt(row.group(4)));
            rows++;
        }
        assertThat(rows).isEqualTo(KnowledgeMap.DOCUMENTS.size());
        for (String kpoint : KnowledgeMap.kpoints()) {
            assertThat(doc).as(kpoint).contains("- **" + kpoint + "**");
        }
        KnowledgeMap.BACKGROUND.forEach(k -> assertThat(doc).contains("- **" + k + "** *(background)*"));
    }

    @Test
    void kpointsAreGroupedByTheirDocument() {
        assertThat(KnowledgeMap.bySource(java.util.List.of("K28", "K9", "K1", "K99")))
                .containsExactly(java.util.Map.entry("pol-2018", java.util.List.of("K1")),
                        java.util.Map.entry("geurtsen-2012", java.util.List.of("K9")),
                        java.util.Map.entry("ecommerce-expander", java.util.List.of("K28")));
    }
}

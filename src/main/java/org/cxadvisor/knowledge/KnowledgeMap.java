package org.cxadvisor.knowledge;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The guidance the rules encode (docs/knowledge-map.md): the source documents and which K-points come from
 * which document. K7 and K22 are background that feeds rationales; every other K-point must be carried by a rule.
 */
public final class KnowledgeMap {

    /** A source document, cited by its short name. */
    public record Document(String shortName, String title, int firstKpoint, int lastKpoint) {
        boolean contains(int k) {
            return k >= firstKpoint && k <= lastKpoint;
        }
    }

    public static final List<Document> DOCUMENTS = List.of(
            new Document("pol-2018", "Harald Pol, The Next Level in Customer Experience: van transactie naar relatie (2018)", 1, 6),
            new Document("geurtsen-2012", "Driek Geurtsen, Customer Experience: verkoopt u een product of een beleving? (One4Marketing, 2012)", 7, 12),
            new Document("klantenwaarde", "Klantenwaarde / 3 Strategieën", 13, 18),
            new Document("ecommerce-expander", "Klantervaringen: wat maakt dat klantervaringen blijven plakken? (E-commerce Expander)", 19, 29));

    public static final List<String> BACKGROUND = List.of("K7", "K22");

    private static final List<String> KPOINTS = IntStream.rangeClosed(1, 29).mapToObj(k -> "K" + k).toList();
    private static final Set<String> KPOINT_SET = Set.copyOf(KPOINTS);

    private KnowledgeMap() {
    }

    /** K1..K29. */
    public static List<String> kpoints() {
        return KPOINTS;
    }

    /** The K-points that must each be carried by at least one rule. */
    public static List<String> actionableKpoints() {
        return kpoints().stream().filter(k -> !BACKGROUND.contains(k)).toList();
    }

    public static boolean isKpoint(String kpoint) {
        return KPOINT_SET.contains(kpoint);
    }

    public static Optional<Document> document(String shortName) {
        return DOCUMENTS.stream().filter(d -> d.shortName().equals(shortName)).findFirst();
    }

    /** The document a K-point comes from. */
    public static Document documentOf(String kpoint) {
        int k = Integer.parseInt(kpoint.substring(1));
        return DOCUMENTS.stream().filter(d -> d.contains(k)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Not a K-point: " + kpoint));
    }

    /** A rule's K-points grouped by the document each comes from, in document order (unmodifiable). */
    public static Map<String, List<String>> bySource(List<String> kpoints) {
        Map<String, List<String>> grouped = new LinkedHashMap<>();
        for (Document document : DOCUMENTS) {
            List<String> own = kpoints.stream().filter(KnowledgeMap::isKpoint)
                    .filter(k -> documentOf(k).equals(document)).toList();
            if (!own.isEmpty()) {
                grouped.put(document.shortName(), own);
            }
        }
        return Collections.unmodifiableMap(grouped);
    }
}

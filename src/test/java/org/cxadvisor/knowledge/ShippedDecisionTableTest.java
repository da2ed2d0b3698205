package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import org.cxadvisor.advice.Advice;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.profile.CompanyProfile;
import org.cxadvisor.support.Await;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.cxadvisor.support.Spreadsheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The worked example of docs/authoring.md, section 4a, followed as written on a live copy of the shipped rules, with
 * Apache POI doing what LibreOffice or Excel would (open the workbook, type into a cell, save): a changed threshold
 * changes the advice in service, and a broken cell is refused naming the file, the sheet and the cell while the
 * previous rules keep serving.
 */
class ShippedDecisionTableTest {

    private static final String TABLE = "disappointment-to-delight.drl.xlsx";
    private static final Duration RELOAD_LIMIT = Duration.ofSeconds(30);

    @TempDir
    Path dir;

    @Test
    void editingACellChangesTheAdviceLiveAndABrokenCellIsRefusedAtItsCell() throws Exception {
        Path rules = RulesFolder.copyOfShippedRules(dir.resolve("rules"));
        KnowledgeBaseHolder holder = new KnowledgeBaseHolder(rules);
        RulesWatcher watcher = new RulesWatcher(holder, 300, 0, 0);
        watcher.start();
        try {
            followTheWorkedExample(rules, holder);
        } finally {
            watcher.stop();
        }
    }

    private static void followTheWorkedExample(Path rules, KnowledgeBaseHolder holder) throws Exception {
        AdviceEngine engine = new AdviceEngine(10_000, Duration.ofMinutes(1));
        CompanyProfile fourPercent = Profiles.neutral().with("serviceRecovery", "NONE").with("complaintRatePercent", 4).build();
        assertThat(priority(holder, engine, fourPercent)).isEqualTo(Priority.MEDIUM);
        assertThat(holder.current().rule("Without service recovery, five percent or more complaints lose many customers")
                .orElseThrow()).satisfies(r -> {
                    assertThat(r.file()).isEqualTo(TABLE);
                    assertThat(r.line()).isEqualTo(10);
                    assertThat(r.kpoints()).containsExactly("K25", "K28");
                    assertThat(r.sources()).containsExactly("ecommerce-expander");
                });

        // "Change cell G10 (Complaint rate from (%) of the first row) from 5 to 4, and save."
        String before = holder.current().version();
        Spreadsheet.editCell(rules.resolve(TABLE), "Complaints", "G10", 4);
        Await.within(RELOAD_LIMIT, () -> !holder.current().version().equals(before));
        assertThat(holder.lastReload().status()).isEqualTo(ReloadStatus.Status.OK);
        assertThat(priority(holder, engine, fourPercent)).isEqualTo(Priority.HIGH);

        // "Type NONEX into F10 (Service recovery) and save": refused, with the file, the row, the sheet and the cell.
        String edited = holder.current().version();
        Spreadsheet.editCell(rules.resolve(TABLE), "Complaints", "F10", "NONEX");
        Await.within(RELOAD_LIMIT, () -> holder.lastReload().status() == ReloadStatus.Status.FAILED);
        assertThat(holder.lastReload().errors()).singleElement().asString().startsWith(TABLE + ":10: error: sheet"
                + " 'Complaints', cell F10: ServiceRecovery has no value NONEX").contains("use one of NONE, REACTIVE, PROACTIVE");
        assertThat(holder.current().version()).isEqualTo(edited);
        assertThat(priority(holder, engine, fourPercent)).isEqualTo(Priority.HIGH);
    }

    private static Priority priority(KnowledgeBaseHolder holder, AdviceEngine engine, CompanyProfile profile) {
        return engine.evaluate(holder.current(), profile).advice().stream()
                .filter(a -> a.id().equals("recover-disappointments")).map(Advice::priority).findFirst().orElse(null);
    }
}

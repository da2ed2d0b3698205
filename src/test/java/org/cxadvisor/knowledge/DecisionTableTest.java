package org.cxadvisor.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cxadvisor.advice.AdviceEngine;
import org.cxadvisor.advice.Evaluation;
import org.cxadvisor.advice.Priority;
import org.cxadvisor.support.Profiles;
import org.cxadvisor.support.RulesFolder;
import org.cxadvisor.support.Spreadsheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decision tables in the rules folder: compiled with the rest, rules with metadata at their rows, errors at their cells. */
class DecisionTableTest {

    @TempDir
    Path dir;

    private RulesFolder folder() {
        return RulesFolder.in(dir).file("complaints.texts.yaml", RulesFolder.texts("recover-disappointments", "recover-gently"));
    }

    private KnowledgeBaseException refused(RulesFolder folder) {
        return (KnowledgeBaseException) org.assertj.core.api.Assertions.catchThrowable(folder::load);
    }

    @Test
    void anExcelTableIsPartOfTheKnowledgeBaseWithItsRulesAtTheirRows() {
        Spreadsheet.complaintTable().writeXlsx(dir.resolve("complaints.drl.xlsx"), "Priorities");
        KnowledgeBase kb = folder().load();
        assertThat(kb.files()).contains("complaints.drl.xlsx");
        RuleInfo many = kb.rule("Many complaints without any recovery").orElseThrow();
        assertThat(many.file()).isEqualTo("complaints.drl.xlsx");
        assertThat(many.line()).isEqualTo(9);
        assertThat(many.category()).isEqualTo("DISAPPOINTMENT_TO_DELIGHT");
        assertThat(many.advice()).isEqualTo("recover-disappointments");
        assertThat(many.kpoints()).containsExactly("K13");
        assertThat(many.sources()).containsExactly("klantenwaarde");
        assertThat(many.fields()).contains("complaintRatePercent", "serviceRecovery");

        Evaluation many5 = new AdviceEngine(1000).evaluate(kb, Profiles.neutral().with("complaintRatePercent", 6).with("serviceRecovery", "NONE").build());
        assertThat(many5.advice()).extracting(a -> a.id() + " " + a.priority())
                .containsExactlyInAnyOrder("recover-disappointments " + Priority.HIGH, "recover-gently " + Priority.LOW);
    }

    @Test
    void aCsvTableWorksTheSameWay() throws Exception {
        Files.writeString(dir.resolve("complaints.drl.csv"), Spreadsheet.complaintTable().csv());
        KnowledgeBase kb = folder().load();
        assertThat(kb.rule("A few complaints without any recovery").orElseThrow().line()).isEqualTo(10);
    }

    @Test
    void aBrokenCellIsRefusedNamingFileSheetAndCell() {
        Spreadsheet.complaintTable().cell("G10", "NONEX").writeXlsx(dir.resolve("complaints.drl.xlsx"), "Priorities");
        assertThat(refused(folder()).errors()).singleElement().asString()
                .startsWith("complaints.drl.xlsx:10: error: sheet 'Priorities', cell G10: ");
    }

    @Test
    void aNumberCellWithTextInItIsNamedToo() {
        Spreadsheet.complaintTable().cell("F9", "5 percent").writeXlsx(dir.resolve("complaints.drl.xlsx"), "Priorities");
        assertThat(refused(folder()).errors()).first().asString()
                .startsWith("complaints.drl.xlsx:9: error: sheet 'Priorities', cell F9: ");
    }

    @Test
    void aPercentageCellIsRefusedBecauseTheRulesWouldReadAFraction() throws Exception {
        Path file = dir.resolve("complaints.drl.xlsx");
        Spreadsheet.complaintTable().writeXlsx(file, "Priorities");
        // what a spreadsheet does with "5%" typed into a cell: the number 0.05, shown as a percentage
        try (var book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(Files.newInputStream(file))) {
            var cell = book.getSheet("Priorities").getRow(8).getCell(5);
            cell.setCellValue(0.05);
            var style = book.createCellStyle();
            style.setDataFormat(book.createDataFormat().getFormat("0%"));
            cell.setCellStyle(style);
            try (var out = Files.newOutputStream(file)) {
                book.write(out);
            }
        }
        assertThat(refused(folder()).errors()).singleElement().asString().isEqualTo("complaints.drl.xlsx:9: error:"
                + " sheet 'Priorities', cell F9: 5% is formatted as a percentage, which the rules read as 0.05; type the"
                + " number itself (5 for 5%) in a cell formatted as a plain number");
    }

    @Test
    void aLayoutMistakeNamesItsCell() throws Exception {
        Files.writeString(dir.resolve("complaints.drl.csv"), Spreadsheet.complaintTable().cell("I7", "insert($param);").csv());
        assertThat(refused(folder()).errors()).singleElement().asString()
                .startsWith("complaints.drl.csv:7: error: sheet 'csv': Code description in cell I7 does not have an 'ACTION' or 'CONDITION' column header");
    }

    @Test
    void aFileThatIsNotASpreadsheetSaysHowToSaveIt() throws Exception {
        Files.writeString(dir.resolve("complaints.drl.xlsx"), "not a workbook");
        assertThat(refused(folder()).errors()).singleElement().asString()
                .contains("complaints.drl.xlsx:0: error: this is not a readable Excel workbook (.xlsx): save it again");
    }

    @Test
    void editorLockFilesAreNotPartOfTheKnowledgeBase() {
        assertThat(RuleFiles.isKnowledgeFile("complaints.drl.xlsx")).isTrue();
        assertThat(RuleFiles.isKnowledgeFile("complaints.drl.csv")).isTrue();
        assertThat(RuleFiles.isKnowledgeFile(".~lock.complaints.drl.xlsx#")).isFalse();
        assertThat(RuleFiles.isKnowledgeFile("~$complaints.drl.xlsx")).isFalse();
        assertThat(RuleFiles.isKnowledgeFile("complaints.xlsx")).isFalse();
    }
}

package org.cxadvisor.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A decision table for tests: rows of cells, written as an Excel workbook (one named sheet) or as CSV. The default
 * table is a small complaint-handling table in the shipped conventions (metadata columns, one rule per row).
 */
public final class Spreadsheet {

    private static final String MERGED = "...";

    private final List<String[]> rows = new ArrayList<>();

    public static Spreadsheet complaintTable() {
        return new Spreadsheet()
                .row("RuleSet", "cxadvisor")
                .row("Import", "org.cxadvisor.profile.*, org.cxadvisor.advice.Advice, org.cxadvisor.advice.Priority")
                .row()
                .row("RuleTable Complaint handling priority")
                .row("NAME", "METADATA", "METADATA", "METADATA", "METADATA", "CONDITION", "CONDITION", "ACTION")
                .row("", "", "", "", "", "CompanyProfile...", "CompanyProfile...", "")
                .row("", "category(\"$param\")", "adviceId(\"$param\")", "kpoints(\"$param\")", "source(\"$param\")",
                        "complaintRatePercent >= $param", "serviceRecovery == ServiceRecovery.$param",
                        "insertLogical(Advice.of(kcontext, Priority.$param));")
                .row("Rule", "Category", "Advice", "K-points", "Source", "Complaint rate at least (%)", "Service recovery", "Priority")
                .row("Many complaints without any recovery", "DISAPPOINTMENT_TO_DELIGHT", "recover-disappointments", "K13",
                        "klantenwaarde", "5", "NONE", "HIGH")
                .row("A few complaints without any recovery", "DISAPPOINTMENT_TO_DELIGHT", "recover-gently", "K13",
                        "klantenwaarde", "2", "NONE", "LOW");
    }

    public Spreadsheet row(String... cells) {
        rows.add(cells);
        return this;
    }

    /** Replaces the cell at a spreadsheet address such as {@code G10}. */
    public Spreadsheet cell(String address, String text) {
        int column = address.charAt(0) - 'A';
        int row = Integer.parseInt(address.substring(1)) - 1;
        String[] cells = Arrays.copyOf(rows.get(row), Math.max(rows.get(row).length, column + 1));
        Arrays.setAll(cells, i -> cells[i] == null ? "" : cells[i]);
        cells[column] = text;
        rows.set(row, cells);
        return this;
    }

    public byte[] xlsx(String sheetName) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = rows.get(r);
                for (int c = 0; c < cells.length; c++) {
                    // CSV's "Pattern..." marks cells merged into one; a workbook merges them for real
                    int last = c;
                    while (cells[c].endsWith(MERGED) && last + 1 < cells.length && cells[last + 1].equals(cells[c])) {
                        last++;
                    }
                    row.createCell(c).setCellValue(cells[c].endsWith(MERGED) ? cells[c].substring(0, cells[c].length() - 3) : cells[c]);
                    if (last > c) {
                        for (int m = c + 1; m <= last; m++) {
                            row.createCell(m); // Excel keeps the cells under a merge, blank
                        }
                        sheet.addMergedRegion(new CellRangeAddress(r, r, c, last));
                        c = last;
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String csv() {
        return rows.stream().map(cells -> Arrays.stream(cells).map(Spreadsheet::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }

    public void writeXlsx(Path file, String sheetName) {
        try {
            Files.write(file, xlsx(sheetName));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * What a business user does in LibreOffice or Excel: open the workbook, type {@code value} (a number or a text)
     * into the cell at {@code address} (such as {@code G10}) of the sheet, and save it in the same format.
     */
    public static void editCell(Path workbook, String sheetName, String address, Object value) {
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(workbook))) {
            CellReference where = new CellReference(address);
            Sheet sheet = book.getSheet(sheetName);
            Row row = sheet.getRow(where.getRow()) == null ? sheet.createRow(where.getRow()) : sheet.getRow(where.getRow());
            Cell cell = row.getCell(where.getCol(), Row.MissingCellPolicy.CREATE_NULL_AS_BLANK);
            if (value instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(value));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            // one write of the whole file, as an editor's save: the watcher never sees half a workbook
            Files.write(workbook, out.toByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String quoted(String cell) {
        return cell.contains(",") || cell.contains("\"") ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }
}

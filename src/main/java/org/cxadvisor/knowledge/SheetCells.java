package org.cxadvisor.knowledge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.drools.decisiontable.parser.csv.CsvLineParser;

/** The text of every cell of a decision table, per sheet, to say which cell a problem is in. */
final class SheetCells {

    static final SheetCells NONE = new SheetCells(Map.of(), List.of());
    /** The name Drools gives the one sheet of a CSV file. */
    private static final String CSV_SHEET = "csv";

    private static final Pattern IN_RULE = Pattern.compile("(in|of) rule \"[^\"]*\"");
    private static final Pattern QUOTED = Pattern.compile("'([^']+)'");

    /** Sheet name to rows (index 0 = row 1) of cells (index 0 = column A). */
    private final Map<String, List<List<String>>> sheets;
    /** Number cells shown as a percentage ("5%"), which the rules read as their value (0.05), with where they are. */
    private final List<RuleError> percentCells;

    private SheetCells(Map<String, List<List<String>>> sheets, List<RuleError> percentCells) {
        this.sheets = sheets;
        this.percentCells = percentCells;
    }

    static SheetCells ofWorkbook(String path, byte[] bytes) throws IOException {
        Map<String, List<List<String>>> sheets = new LinkedHashMap<>();
        List<RuleError> percentCells = new ArrayList<>();
        DataFormatter formatter = new DataFormatter();
        try (Workbook workbook = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Sheet sheet : workbook) {
                List<List<String>> rows = new ArrayList<>();
                for (Row row : sheet) {
                    while (rows.size() < row.getRowNum()) {
                        rows.add(List.of());
                    }
                    List<String> cells = new ArrayList<>();
                    for (Cell cell : row) {
                        while (cells.size() < cell.getColumnIndex()) {
                            cells.add("");
                        }
                        cells.add(formatter.formatCellValue(cell));
                        if (cell.getCellType() == CellType.NUMERIC && cell.getCellStyle().getDataFormatString().contains("%")) {
                            String where = column(cell.getColumnIndex()) + (row.getRowNum() + 1);
                            percentCells.add(new RuleError(path, row.getRowNum() + 1, "sheet '" + sheet.getSheetName()
                                    + "', cell " + where + ": " + cells.get(cells.size() - 1) + " is formatted as a"
                                    + " percentage, which the rules read as " + cell.getNumericCellValue() + "; type the"
                                    + " number itself (5 for 5%) in a cell formatted as a plain number"));
                        }
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return new SheetCells(sheets, percentCells);
    }

    static SheetCells ofCsv(byte[] bytes) {
        CsvLineParser parser = new CsvLineParser();
        List<List<String>> rows = new ArrayList<>();
        for (String line : new String(bytes, StandardCharsets.UTF_8).split("\r?\n", -1)) {
            rows.add(parser.parse(line));
        }
        return new SheetCells(Map.of(CSV_SHEET, rows), List.of());
    }

    /** Cells that look like a percentage to the user and are a fraction to the rules: errors at their cells. */
    List<RuleError> percentCells() {
        return percentCells;
    }

    List<String> sheetNames() {
        return List.copyOf(sheets.keySet());
    }

    /**
     * Where in {@code row} the problem described by {@code message} is: the cell whose text the message quotes
     * (the longest such text, as in "NONEX cannot be resolved"), else the cell holding a word the message quotes
     * ("mismatched input 'percent'"), else the row; with its sheet.
     */
    String where(int row, String message) {
        // the rule's name is in every message about the rule, and says nothing about the cell
        String about = IN_RULE.matcher(message).replaceAll("");
        Matcher quoted = QUOTED.matcher(about);
        String word = quoted.find() ? quoted.group(1) : null;
        String found = null;
        String foundSheet = null;
        int score = 0;
        for (Map.Entry<String, List<List<String>>> sheet : sheets.entrySet()) {
            List<List<String>> rows = sheet.getValue();
            List<String> cells = row <= rows.size() ? rows.get(row - 1) : List.of();
            if (foundSheet == null && !cells.isEmpty()) {
                foundSheet = sheet.getKey();
            }
            for (int column = 0; column < cells.size(); column++) {
                String text = cells.get(column).strip();
                // a cell quoted whole beats one that only contains the quoted word
                int cellScore = text.isEmpty() ? 0 : containsWord(about, text) ? 1000 + text.length()
                        : word != null && containsWord(text, word) ? 1 : 0;
                if (cellScore > score) {
                    found = column(column) + row;
                    foundSheet = sheet.getKey();
                    score = cellScore;
                }
            }
        }
        String sheet = foundSheet == null ? "" : "sheet '" + foundSheet + "', ";
        return sheet + (found == null ? "row " + row : "cell " + found);
    }

    private static boolean containsWord(String message, String text) {
        int at = message.indexOf(text);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(message.charAt(at - 1));
            int end = at + text.length();
            boolean endOk = end == message.length() || !Character.isLetterOrDigit(message.charAt(end));
            if (startOk && endOk) {
                return true;
            }
            at = message.indexOf(text, at + 1);
        }
        return false;
    }

    /** 0 → A, 25 → Z, 26 → AA. */
    static String column(int index) {
        StringBuilder name = new StringBuilder();
        for (int i = index; i >= 0; i = i / 26 - 1) {
            name.insert(0, (char) ('A' + i % 26));
        }
        return name.toString();
    }
}

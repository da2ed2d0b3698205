package org.cxadvisor.knowledge;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;

/**
 * A decision table ({@code .drl.xlsx} or {@code .drl.csv}) as the DRL it stands for, and where each generated rule
 * came from: Drools' spreadsheet compiler writes every rule of the table as DRL, preceded by a comment naming the
 * row ({@code // rule values at A12, header at A7}). Rule-file tools then treat the table like a DRL file; a
 * problem found in the generated DRL is reported at the table's sheet, row and cell.
 */
public final class DecisionTable {

    public static final List<String> SUFFIXES = List.of(".drl.xlsx", ".drl.csv");

    private static final Pattern RULE_ROW = Pattern.compile("^// rule values at ([A-Z]+)(\\d+),");
    private static final Pattern GENERATED_LINE = Pattern.compile("\\b[Ll]ine \\d+:\\d+ ");
    private static final Pattern CELL = Pattern.compile("\\b(?:cell|at) ([A-Z]{1,3})(\\d+)\\b");

    /** Reading a workbook is the slowest part of a reload; the folder is scanned on every change and poll. */
    private static final FileResults<DecisionTable> READ = new FileResults<>();

    private final String path;
    private final String drl;
    private final String fingerprint;
    private final SheetCells cells;
    private final int[] rowOfLine;
    private final List<RuleError> errors;

    private DecisionTable(String path, String drl, String fingerprint, SheetCells cells, List<RuleError> errors) {
        this.path = path;
        this.drl = drl;
        this.fingerprint = fingerprint;
        this.cells = cells;
        this.errors = List.copyOf(errors);
        String[] lines = drl.split("\n", -1);
        this.rowOfLine = new int[lines.length + 2];
        int row = 0;
        for (int i = 0; i < lines.length; i++) {
            Matcher m = RULE_ROW.matcher(lines[i].strip());
            if (m.find()) {
                row = Integer.parseInt(m.group(2));
            }
            rowOfLine[i + 1] = row;
        }
    }

    public static boolean isTable(String path) {
        return SUFFIXES.stream().anyMatch(path::endsWith);
    }

    /** The table in {@code bytes} (the file at {@code path}); a table that cannot be read has its errors and no rules. */
    public static DecisionTable read(String path, byte[] bytes) {
        byte[] sha = sha256(bytes);
        return READ.of(path, HexFormat.of().formatHex(sha), () -> read(path, bytes, sha));
    }

    private static DecisionTable read(String path, byte[] bytes, byte[] sha) {
        String fingerprint = HexFormat.of().formatHex(java.util.Arrays.copyOf(sha, 8));
        boolean csv = path.endsWith(".csv");
        SheetCells cells;
        try {
            cells = csv ? SheetCells.ofCsv(bytes) : SheetCells.ofWorkbook(path, bytes);
        } catch (RuntimeException | java.io.IOException e) {
            return new DecisionTable(path, "", fingerprint, SheetCells.NONE, List.of(new RuleError(path, 0,
                    "this is not a readable " + (csv ? "CSV file" : "Excel workbook (.xlsx)") + ": save it again from"
                            + " LibreOffice or Excel " + (csv ? "as Text CSV (comma-separated, UTF-8)" : "as an Excel 2007-365 workbook")
                            + " (" + e.getMessage() + ")")));
        }
        try {
            String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(bytes), csv ? InputType.CSV : InputType.XLS);
            List<RuleError> errors = new ArrayList<>(cells.percentCells());
            if (!drl.contains("\nrule ")) {
                errors.add(new RuleError(path, 0, "no rules in this table: a decision table needs a 'RuleSet' cell, a"
                        + " 'RuleTable <name>' cell above its column headers, and one row per rule (see docs/authoring.md)"));
            }
            return new DecisionTable(path, drl, fingerprint, cells, errors);
        } catch (RuntimeException e) {
            return new DecisionTable(path, "", fingerprint, cells, List.of(structureError(path, cells, e)));
        }
    }

    /** The DRL that the table stands for (empty when it could not be read). */
    public String drl() {
        return drl;
    }

    /** Changes with every byte of the file, also where the generated DRL stays the same. */
    String fingerprint() {
        return fingerprint;
    }

    /** Problems in the table itself (its layout, or a file that is not a spreadsheet), found while reading it. */
    public List<RuleError> errors() {
        return errors;
    }

    /** The spreadsheet row of a line of the generated DRL (the rule's row), or 0 outside any rule. */
    public int row(int generatedLine) {
        return generatedLine >= 1 && generatedLine < rowOfLine.length ? rowOfLine[generatedLine] : 0;
    }

    /**
     * An error found in the generated DRL, placed in the table: the line becomes the rule's row, and the message
     * names the sheet and the cell of that row whose text the compiler complains about (else the row).
     */
    public RuleError place(RuleError error) {
        int row = row(error.line());
        // "Line 13:16" is a place in the generated DRL, which the user never sees
        String message = GENERATED_LINE.matcher(error.message()).replaceAll("");
        if (row == 0) {
            return new RuleError(path, 0, "in the table's header (RuleSet, Import, or the rows under RuleTable): " + message);
        }
        return new RuleError(path, row, cells.where(row, message) + ": " + message);
    }

    private static RuleError structureError(String path, SheetCells cells, RuntimeException e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
        Matcher cell = CELL.matcher(message);
        int row = cell.find() ? Integer.parseInt(cell.group(2)) : 0;
        String sheet = cells.sheetNames().size() == 1 ? "sheet '" + cells.sheetNames().get(0) + "': " : "";
        return new RuleError(path, row, sheet + message + " (the layout of a decision table is in docs/authoring.md,"
                + " section 'Decision tables')");
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

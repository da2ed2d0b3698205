package org.cxadvisor.experiment;

/** Finds the line of a key or list item in a plans file, so that a problem is reported where the user wrote it. */
final class PlanFileLines {

    private PlanFileLines() {
    }

    /**
     * The 1-based line of the first {@code key:} from line index {@code from} on, within the block of the entry at
     * the 1-based line {@code otherwise} (the lines indented deeper than it); {@code otherwise} if there is none.
     */
    static int lineOf(String content, String key, int from, int otherwise) {
        String[] lines = content.split("\n", -1);
        int indent = from <= 0 || otherwise < 1 ? -1 : indent(lines[otherwise - 1]);
        for (int i = Math.max(from, 0); i < lines.length; i++) {
            String stripped = lines[i].strip();
            if (i >= otherwise && !stripped.isEmpty() && !stripped.startsWith("#") && indent(lines[i]) <= indent) {
                break;
            }
            if (stripped.startsWith("- ")) {
                stripped = stripped.substring(2).strip();
            }
            if (stripped.startsWith(key + ":")) {
                return i + 1;
            }
        }
        return otherwise;
    }

    /** Leading spaces only: "  - key:" opens an item whose block is what is indented deeper than its dash. */
    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }

    /** The 1-based line of the next list item ({@code - ...}) after the 1-based line {@code after}. */
    static int nextItem(String content, int after) {
        String[] lines = content.split("\n", -1);
        for (int i = after; i < lines.length; i++) {
            if (lines[i].strip().startsWith("- ")) {
                return i + 1;
            }
        }
        return after;
    }
}

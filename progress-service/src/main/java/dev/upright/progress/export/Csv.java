package dev.upright.progress.export;

import java.util.List;

/**
 * Cells and lines of RFC 4180 CSV. Pure: the exports write what this returns, and its test pins the quoting.
 */
public final class Csv {

    /** RFC 4180 ends every line, the last included, with CR LF. */
    public static final String LINE_END = "\r\n";

    private Csv() {
    }

    /**
     * Free text (clients' notes, pain locations): quoted when it holds a comma, quote or line break, with
     * quotes doubled. A cell starting with {@code = + - @} (or a tab or carriage return) would be taken for a
     * formula by a spreadsheet opening the file, so a note could run commands or leak other cells; a leading
     * apostrophe makes the spreadsheet show it as plain text.
     */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String cell = startsLikeAFormula(value) ? "'" + value : value;
        return needsQuotes(cell) ? "\"" + cell.replace("\"", "\"\"") + "\"" : cell;
    }

    /** A value the service produced itself (numbers, ids, times, flags): written as it prints; null is empty. */
    public static String value(Object value) {
        return value == null ? "" : text(String.valueOf(value));
    }

    /** One line of already escaped cells, with its line end. */
    public static String line(List<String> cells) {
        return String.join(",", cells) + LINE_END;
    }

    private static boolean startsLikeAFormula(String value) {
        return "=+-@\t\r".indexOf(value.charAt(0)) >= 0;
    }

    private static boolean needsQuotes(String cell) {
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == ',' || c == '"' || c == '\n' || c == '\r') {
                return true;
            }
        }
        return false;
    }
}

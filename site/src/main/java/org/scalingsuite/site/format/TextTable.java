package org.scalingsuite.site.format;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table for terminals: a header, a rule, and rows with columns padded to their widest cell.
 * Columns listed as numeric are right-aligned.
 */
public final class TextTable {

    private final List<String> header;
    private final boolean[] rightAligned;
    private final List<List<String>> rows = new ArrayList<>();

    /** @param header column titles; a title starting with '>' is right-aligned (the '>' is not printed) */
    public TextTable(String... header) {
        this.header = new ArrayList<>();
        this.rightAligned = new boolean[header.length];
        for (int i = 0; i < header.length; i++) {
            rightAligned[i] = header[i].startsWith(">");
            this.header.add(rightAligned[i] ? header[i].substring(1) : header[i]);
        }
    }

    public TextTable row(String... cells) {
        if (cells.length != header.size()) {
            throw new IllegalArgumentException(cells.length + " cells for " + header.size() + " columns");
        }
        rows.add(List.of(cells));
        return this;
    }

    @Override
    public String toString() {
        int[] width = new int[header.size()];
        for (int c = 0; c < width.length; c++) {
            width[c] = header.get(c).length();
            for (List<String> row : rows) {
                width[c] = Math.max(width[c], row.get(c).length());
            }
        }
        StringBuilder sb = new StringBuilder();
        line(sb, header, width);
        for (int c = 0; c < width.length; c++) {
            sb.append("-".repeat(width[c])).append(c + 1 < width.length ? "  " : "\n");
        }
        for (List<String> row : rows) {
            line(sb, row, width);
        }
        return sb.toString();
    }

    private void line(StringBuilder sb, List<String> cells, int[] width) {
        for (int c = 0; c < width.length; c++) {
            String cell = cells.get(c);
            String padding = " ".repeat(width[c] - cell.length());
            boolean last = c + 1 == width.length;
            if (rightAligned[c]) {
                sb.append(padding).append(cell);
            } else {
                sb.append(cell).append(last ? "" : padding);
            }
            sb.append(last ? "\n" : "  ");
        }
    }
}

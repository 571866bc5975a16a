package org.scalingsuite.reproductions.criticalbatchsize.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.datasets.csv.CsvRow;

/**
 * Rejects a row whose cells in the loader's columns repeat those of an earlier row: a duplicated row would
 * count one run (or one fit) twice. The error names the repeat's line and its first column.
 */
final class RepeatedRows {

    private final List<String> columns;
    private final Map<String, Long> seen = new HashMap<>();

    /** @param columns the columns that make up a row's identity, the first named in errors */
    RepeatedRows(List<String> columns) {
        this.columns = List.copyOf(columns);
    }

    /** Records {@code row}, or rejects it when it repeats an earlier row. */
    void check(CsvRow row) {
        StringBuilder key = new StringBuilder();
        for (String column : columns) {
            key.append(row.optionalText(column)).append('\u0000');
        }
        Long previous = seen.putIfAbsent(key.toString(), row.line());
        if (previous != null) {
            String first = columns.get(0);
            throw row.invalid(first, row.optionalText(first), "duplicate of line " + previous + " (the same "
                    + columns + ")");
        }
    }
}

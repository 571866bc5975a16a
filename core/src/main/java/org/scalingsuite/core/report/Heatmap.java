package org.scalingsuite.core.report;

import java.util.Arrays;
import java.util.List;

/**
 * A grid of values with labelled rows and columns, optionally beside published values for the same cells.
 *
 * @param id          a stable id
 * @param title       the title
 * @param description the text alternative
 * @param rowAxis     what the rows are, e.g. "training models k"
 * @param columnAxis  what the columns are, e.g. "fraction of tokens p"
 * @param unit        the unit of the values, e.g. "%"
 * @param rows        row labels
 * @param columns     column labels
 * @param values      values[row][column]; NaN for an empty cell
 * @param published   published values for the same cells, or null; NaN where none
 */
public record Heatmap(String id, String title, String description, String rowAxis, String columnAxis, String unit,
        List<String> rows, List<String> columns, double[][] values, double[][] published) implements Figure {

    public Heatmap {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
        values = copy(values);
        published = published == null ? null : copy(published);
        check(id, "values", values, rows.size(), columns.size());
        if (published != null) {
            check(id, "published", published, rows.size(), columns.size());
        }
    }

    private static double[][] copy(double[][] a) {
        return Arrays.stream(a).map(double[]::clone).toArray(double[][]::new);
    }

    private static void check(String id, String what, double[][] grid, int r, int c) {
        if (grid.length != r || Arrays.stream(grid).anyMatch(row -> row.length != c)) {
            throw new IllegalArgumentException("heatmap " + id + ": " + what + " is not " + r + " x " + c);
        }
    }

    @Override
    public double[][] values() {
        return copy(values);
    }

    @Override
    public double[][] published() {
        return published == null ? null : copy(published);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Heatmap h && id.equals(h.id) && Arrays.deepEquals(values, h.values)
                && Arrays.deepEquals(published, h.published) && rows.equals(h.rows) && columns.equals(h.columns);
    }

    @Override
    public int hashCode() {
        return id.hashCode() * 31 + Arrays.deepHashCode(values);
    }
}

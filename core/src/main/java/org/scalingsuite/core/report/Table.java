package org.scalingsuite.core.report;

import java.util.ArrayList;
import java.util.List;

/**
 * A table of results for the report and the site.
 *
 * @param id      a stable id, unique within the report
 * @param title   the heading
 * @param caption what the table shows and how it was computed
 * @param columns column headers (with units)
 * @param rows    the rows, each with one cell per column
 */
public record Table(String id, String title, String caption, List<String> columns, List<List<Cell>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<Cell> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("table " + id + ": row of " + row.size() + " cells for "
                        + columns.size() + " columns");
            }
        }
    }

    public static Builder builder(String id, String title, String... columns) {
        return new Builder(id, title, List.of(columns));
    }

    /** Collects rows; numbers and strings may be mixed. */
    public static final class Builder {
        private final String id;
        private final String title;
        private final List<String> columns;
        private final List<List<Cell>> rows = new ArrayList<>();
        private String caption = "";

        private Builder(String id, String title, List<String> columns) {
            this.id = id;
            this.title = title;
            this.columns = columns;
        }

        public Builder caption(String text) {
            this.caption = text;
            return this;
        }

        /** Adds a row of values: {@link Number}s become numeric cells, anything else text (null: empty). */
        public Builder row(Object... values) {
            List<Cell> row = new ArrayList<>();
            for (Object v : values) {
                if (v instanceof Cell c) {
                    row.add(c);
                } else if (v instanceof Number num) {
                    row.add(Cell.number(num.doubleValue()));
                } else {
                    row.add(Cell.text(v == null ? "" : v.toString()));
                }
            }
            rows.add(row);
            return this;
        }

        public Table build() {
            return new Table(id, title, caption, columns, rows);
        }
    }
}

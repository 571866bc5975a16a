package org.scalingsuite.reproductions.criticalbatchsize.data;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * Loads Tables 1 and 2 of Merrill et al. (2025), arXiv:2505.23971, transcribed in
 * {@code critical-batch-size/merrill2025_tables.csv} (columns {@code table, method, metric, stage, value}).
 * Values must be finite and non-negative; a repeated (table, method, metric, stage) is rejected.
 */
public final class MerrillTables {

    public static final String DATASET = "critical-batch-size";
    public static final String FILE = "merrill2025_tables.csv";

    public static final String WARMUP = "batch_size_warmup";
    public static final String SMALL = "small_batch_control";
    public static final String LARGE = "large_batch_control";
    public static final List<String> METHODS = List.of(WARMUP, SMALL, LARGE);

    private final List<MerrillCell> cells;

    private MerrillTables(List<MerrillCell> cells) {
        this.cells = List.copyOf(cells);
    }

    public static MerrillTables load(DataStore store) {
        List<MerrillCell> cells = new ArrayList<>();
        CsvReader.forEach(store.path(DATASET, FILE), List.of("table", "method", "metric", "stage", "value"), row -> {
            MerrillCell cell = new MerrillCell(row.line(), row.text("table"), row.text("method"), row.text("metric"),
                    row.text("stage"), row.nonNegative("value"));
            if (!METHODS.contains(cell.method())) {
                throw row.invalid("method", cell.method(), "expected one of " + METHODS);
            }
            for (MerrillCell c : cells) {
                if (c.table().equals(cell.table()) && c.method().equals(cell.method())
                        && c.metric().equals(cell.metric()) && c.stage().equals(cell.stage())) {
                    throw row.invalid("stage", cell.stage(), "repeats the cell of line " + c.line());
                }
            }
            cells.add(cell);
        });
        return new MerrillTables(cells);
    }

    public List<MerrillCell> cells() {
        return cells;
    }

    /** @return the value of one cell. */
    public double value(String table, String method, String metric, String stage) {
        return cells.stream().filter(c -> c.table().equals(table) && c.method().equals(method)
                        && c.metric().equals(metric) && c.stage().equals(stage))
                .findFirst().orElseThrow(() -> new IllegalArgumentException("no cell " + table + "/" + method + "/"
                        + metric + "/" + stage + " in " + FILE))
                .value();
    }
}

package org.scalingsuite.reproductions.hitchhiker.data;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;

/**
 * The cell values printed in the authors' annotated heatmap PDFs ({@code figs/**}{@code /*annot*.pdf} at ColPret
 * 16f23bb), as read out into {@code derived/published_heatmaps.csv} (3,200 cells, ARE in percent, two decimals;
 * an ARE is an absolute error, so it must not be negative).
 * They are the published side of the report's heatmaps; the claims asserted in {@code claims.csv} are typed from
 * the same cells.
 */
public final class PublishedCells {

    public static final String FILE = "derived/published_heatmaps.csv";

    private final Map<String, Double> cells;

    private PublishedCells(Map<String, Double> cells) {
        this.cells = cells;
    }

    public static PublishedCells load(DataStore store) {
        return read(store.path(HitchhikerData.DATASET, FILE));
    }

    public static PublishedCells read(Path file) {
        Map<String, Double> cells = new HashMap<>();
        CsvReader.forEach(file, List.of("experiment", "family", "row_index", "col_index", "are_percent"), row -> {
            String key = key(row.text("experiment"), row.text("family"), (int) row.longValue("row_index"),
                    (int) row.longValue("col_index"));
            if (cells.put(key, row.nonNegative("are_percent")) != null) {
                throw row.invalid("col_index", row.text("col_index"), "duplicate cell " + key);
            }
        });
        return new PublishedCells(cells);
    }

    private static String key(String experiment, String family, int row, int column) {
        return experiment + "|" + family + "|" + row + "|" + column;
    }

    /** @return the printed value of one cell, NaN when the figure has none there. */
    public double cell(String experiment, String family, int row, int column) {
        return cells.getOrDefault(key(experiment, family, row, column), Double.NaN);
    }

    /** @return the number of cells read. */
    public int size() {
        return cells.size();
    }
}

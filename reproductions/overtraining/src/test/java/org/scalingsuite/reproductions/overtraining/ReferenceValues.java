package org.scalingsuite.reproductions.overtraining;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A reference table from {@code src/test/resources}: '#' lines give its provenance and tolerance, then a header
 * and comma-separated rows (no quoting is needed in these files).
 *
 * @param header the column names
 * @param rows   the cells of each row
 */
record ReferenceValues(List<String> header, List<List<String>> rows) {

    static ReferenceValues load(String name) {
        InputStream in = ReferenceValues.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        List<String> header = null;
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> cells = Arrays.asList(line.split(",", -1));
                if (header == null) {
                    header = cells;
                } else if (cells.size() != header.size()) {
                    throw new IllegalStateException(name + ": row " + line + " has " + cells.size() + " cells");
                } else {
                    rows.add(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ReferenceValues(header, rows);
    }

    /** @return the cell of a row in the named column. */
    String get(List<String> row, String column) {
        int i = header.indexOf(column);
        if (i < 0) {
            throw new IllegalArgumentException("no column " + column + " in " + header);
        }
        return row.get(i);
    }

    double number(List<String> row, String column) {
        return Double.parseDouble(get(row, column));
    }
}

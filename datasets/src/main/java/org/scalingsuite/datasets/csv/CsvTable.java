package org.scalingsuite.datasets.csv;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small CSV file read whole: the header and the rows, for registries and tables of a few thousand rows.
 * Large files are streamed with {@link CsvReader} instead.
 *
 * @param source the file name used in error messages
 * @param header the header names
 * @param rows   the data rows
 */
public record CsvTable(String source, List<String> header, List<CsvRow> rows) {

    public CsvTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }

    /** Reads a file, requiring the given columns. */
    public static CsvTable read(Path file, String... required) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> header = CsvReader.forEach(file, List.of(required), rows::add);
        return new CsvTable(file.toString(), header, rows);
    }

    /** Reads a stream named {@code source}, requiring the given columns. */
    public static CsvTable read(InputStream in, String source, String... required) {
        List<CsvRow> rows = new ArrayList<>();
        List<String> header = CsvReader.forEach(in, source, List.of(required), rows::add);
        return new CsvTable(source, header, rows);
    }

    /** Alias for the rows, for readability in loops. */
    public int size() {
        return rows.size();
    }
}

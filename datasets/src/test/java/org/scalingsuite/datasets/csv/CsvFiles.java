package org.scalingsuite.datasets.csv;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test helper: writes CSV text to temporary files and reads them back as rows. */
final class CsvFiles {

    private CsvFiles() {
    }

    static Path write(Path dir, String name, String text) {
        return write(dir, name, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path dir, String name, byte[] bytes) {
        try {
            return Files.write(dir.resolve(name), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<CsvRow> rows(Path file, String... required) {
        List<CsvRow> rows = new ArrayList<>();
        CsvReader.forEach(file, List.of(required), rows::add);
        return rows;
    }
}

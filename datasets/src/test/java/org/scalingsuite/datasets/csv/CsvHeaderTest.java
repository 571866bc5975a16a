package org.scalingsuite.datasets.csv;

// Checks how CsvReader matches the header: columns are found by exact name in any order, extra columns are
// allowed, a missing required column is an error naming it, a header differing only in case (or spaces)
// is reported as such, and duplicate or empty header names are rejected.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;

class CsvHeaderTest {

    @TempDir
    Path dir;

    @Test
    void columnsAreFoundByNameWhateverTheirOrder() {
        Path file = CsvFiles.write(dir, "runs.csv", "loss,tokens,params\n3.5,2e9,1e8\n");
        List<CsvRow> rows = CsvFiles.rows(file, "params", "tokens", "loss");
        assertEquals(1, rows.size());
        assertEquals(1e8, rows.get(0).number("params"));
        assertEquals(2e9, rows.get(0).number("tokens"));
        assertEquals(3.5, rows.get(0).number("loss"));
    }

    @Test
    void forEachReturnsTheHeaderAndExtraColumnsAreAllowed() {
        Path file = CsvFiles.write(dir, "runs.csv", "id,params,notes,loss\nr1,1e8,first run,3.5\n");
        List<String> header = CsvReader.forEach(file, List.of("loss"), row -> assertEquals("first run",
                row.text("notes")));
        assertEquals(List.of("id", "params", "notes", "loss"), header);
    }

    @Test
    void missingRequiredColumnIsNamed() {
        Path file = CsvFiles.write(dir, "runs.csv", "params,tokens\n1e8,2e9\n");
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> CsvFiles.rows(file, "params", "loss"));
        assertEquals("loss", e.column());
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("runs.csv") && e.getMessage().contains("column 'loss'")
                && e.getMessage().contains("missing column"), e.getMessage());
    }

    @Test
    void headerDifferingOnlyInCaseIsReportedAsSuch() {
        Path file = CsvFiles.write(dir, "runs.csv", "params,Loss\n1e8,3.5\n");
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> CsvFiles.rows(file, "params", "loss"));
        assertEquals("loss", e.column());
        assertEquals("Loss", e.value());
        assertTrue(e.getMessage().contains("differs in case"), e.getMessage());
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    @Test
    void headerDifferingOnlyInSurroundingSpacesIsReportedAsSuch() {
        Path file = CsvFiles.write(dir, "runs.csv", "params, loss\n1e8,3.5\n");
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> CsvFiles.rows(file, "params", "loss"));
        assertEquals(" loss", e.value());
        assertTrue(e.getMessage().contains("spaces"), e.getMessage());
    }

    @Test
    void duplicateHeaderNamesAreRejected() {
        Path file = CsvFiles.write(dir, "runs.csv", "loss,loss\n1,2\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvFiles.rows(file, "loss"));
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("runs.csv") && e.getMessage().contains("header"), e.getMessage());
    }

    @Test
    void emptyHeaderNameIsRejected() {
        Path file = CsvFiles.write(dir, "runs.csv", "params,,loss\n1,2,3\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvFiles.rows(file, "loss"));
        assertEquals(1, e.line());
    }

    @Test
    void unknownColumnOnARowIsNamed() {
        Path file = CsvFiles.write(dir, "runs.csv", "params\n1e8\n");
        CsvRow row = CsvFiles.rows(file, "params").get(0);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> row.number("loss"));
        assertEquals("loss", e.column());
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("no such column"), e.getMessage());
    }
}

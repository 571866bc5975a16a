package org.scalingsuite.datasets.csv;

// Checks the row structure CsvReader accepts and rejects: a row with the wrong number of fields (line
// named), an empty or missing file, blank lines skipped, RFC 4180 quoting (commas, quotes and newlines
// inside quoted fields), and the whole-file CsvTable.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;

class CsvStructureTest {

    @TempDir
    Path dir;

    @Test
    void tooManyFieldsNamesTheLine() {
        Path file = CsvFiles.write(dir, "runs.csv", "a,b,c\n1,2,3\n4,5,6,7\n8,9,10\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvFiles.rows(file, "a"));
        assertEquals(3, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("runs.csv, line 3") && e.getMessage().contains("expected 3 fields")
                && e.getMessage().contains("found 4"), e.getMessage());
    }

    @Test
    void tooFewFieldsNamesTheLine() {
        Path file = CsvFiles.write(dir, "runs.csv", "a,b,c\n1,2,3\n4,5,6\n7,8\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvFiles.rows(file, "a"));
        assertEquals(4, e.line(), e.getMessage());
        assertTrue(e.getMessage().contains("found 2"), e.getMessage());
    }

    @Test
    void emptyFileIsAnError() {
        Path file = CsvFiles.write(dir, "empty.csv", "");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvFiles.rows(file, "loss"));
        assertTrue(e.getMessage().contains("empty.csv") && e.getMessage().contains("empty file"), e.getMessage());
    }

    @Test
    void fileOfBlankLinesIsAnError() {
        Path file = CsvFiles.write(dir, "blank.csv", "\n\n\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvFiles.rows(file, "loss"));
        assertTrue(e.getMessage().contains("blank.csv"), e.getMessage());
    }

    @Test
    void headerOnlyHasNoRows() {
        Path file = CsvFiles.write(dir, "runs.csv", "a,b\n");
        assertEquals(List.of(), CsvFiles.rows(file, "a", "b"));
    }

    @Test
    void missingFileIsAnError() {
        Path file = dir.resolve("absent.csv");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvFiles.rows(file, "a"));
        assertTrue(e.getMessage().contains("absent.csv") && e.getMessage().contains("not found"), e.getMessage());
    }

    @Test
    void blankLinesAreSkipped() {
        Path file = CsvFiles.write(dir, "runs.csv", "a,b\n\n1,2\n\n\n3,4\n\n");
        List<CsvRow> rows = CsvFiles.rows(file, "a", "b");
        assertEquals(2, rows.size());
        assertEquals(1.0, rows.get(0).number("a"));
        assertEquals(3.0, rows.get(1).number("a"));
    }

    @Test
    void quotedFieldsMayHoldCommasQuotesAndNewlines() {
        Path file = CsvFiles.write(dir, "cite.csv",
                "id,citation,value\nk,\"Kaplan et al. 2020, arXiv:2001.08361\",0.076\n"
                        + "q,\"the \"\"compute-optimal\"\" frontier\",1\nn,\"two\nlines\",2\n");
        List<CsvRow> rows = CsvFiles.rows(file, "id", "citation", "value");
        assertEquals(3, rows.size());
        assertEquals("Kaplan et al. 2020, arXiv:2001.08361", rows.get(0).text("citation"));
        assertEquals(0.076, rows.get(0).number("value"));
        assertEquals("the \"compute-optimal\" frontier", rows.get(1).text("citation"));
        assertEquals("two\nlines", rows.get(2).text("citation"));
        assertEquals(2.0, rows.get(2).number("value"));
    }

    @Test
    void unterminatedQuoteIsAnErrorNamingTheSource() {
        Path file = CsvFiles.write(dir, "runs.csv", "a,b\n1,\"open\n2,3\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvFiles.rows(file, "a"));
        assertTrue(e.getMessage().contains("runs.csv"), e.getMessage());
    }

    @Test
    void tableReadsTheWholeFile() {
        Path file = CsvFiles.write(dir, "small.csv", "name,value\nalpha,0.34\nbeta,0.28\n");
        CsvTable table = CsvTable.read(file, "name", "value");
        assertEquals(file.toString(), table.source());
        assertEquals(List.of("name", "value"), table.header());
        assertEquals(2, table.size());
        assertEquals("beta", table.rows().get(1).text("name"));
        assertEquals(3, table.rows().get(1).line());

        CsvTable fromStream = CsvTable.read(new ByteArrayInputStream(
                "name,value\ngamma,1\n".getBytes(StandardCharsets.UTF_8)), "stream.csv", "value");
        assertEquals("stream.csv", fromStream.source());
        assertEquals("stream.csv", fromStream.rows().get(0).source());
        assertEquals(1, fromStream.size());
    }
}

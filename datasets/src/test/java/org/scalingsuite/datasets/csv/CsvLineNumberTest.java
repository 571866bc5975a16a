package org.scalingsuite.datasets.csv;

// Checks the line numbers CsvReader reports (the header is line 1), for rows and for errors: with and
// without a trailing newline, with CRLF line ends, around blank lines and after a quoted multi-line field.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;

class CsvLineNumberTest {

    @TempDir
    Path dir;

    private List<Long> lines(String text) {
        return CsvFiles.rows(CsvFiles.write(dir, "t.csv", text), "a").stream().map(CsvRow::line).toList();
    }

    @Test
    void rowsAreNumberedFromLine2() {
        assertEquals(List.of(2L, 3L, 4L), lines("a,b\n1,2\n3,4\n5,6\n"));
    }

    @Test
    void lastRowWithoutTrailingNewline() {
        assertEquals(List.of(2L, 3L, 4L), lines("a,b\n1,2\n3,4\n5,6"));
        assertEquals(List.of(2L), lines("a,b\n1,2"));
    }

    @Test
    void crlfLineEnds() {
        assertEquals(List.of(2L, 3L), lines("a,b\r\n1,2\r\n3,4\r\n"));
        assertEquals(List.of(2L, 3L), lines("a,b\r\n1,2\r\n3,4"));
    }

    @Test
    void blankLinesCount() {
        assertEquals(List.of(3L, 6L), lines("a,b\n\n1,2\n\n\n3,4\n"));
        assertEquals(List.of(3L, 5L), lines("a,b\n\n1,2\n\n3,4"));
    }

    @Test
    void rowsAfterAMultiLineQuotedField() {
        // the quoted field spans lines 3-4; the rows around it keep their own lines
        List<Long> lines = lines("a,b\n1,2\n3,\"x\ny\"\n5,6\n");
        assertEquals(2L, lines.get(0));
        assertEquals(5L, lines.get(2));
    }

    @Test
    void badValueOnTheLastLineWithoutTrailingNewline() {
        Path file = CsvFiles.write(dir, "runs.csv", "a,b\n1,2\n3,4\nx,6");
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> CsvReader.forEach(file, List.of("a"), row -> row.number("a")));
        assertEquals(4, e.line(), e.getMessage());
        assertEquals("x", e.value());
    }

    @Test
    void wrongFieldCountOnTheLastLineWithoutTrailingNewline() {
        Path file = CsvFiles.write(dir, "runs.csv", "a,b\n1,2\n3");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvFiles.rows(file, "a"));
        assertEquals(3, e.line(), e.getMessage());
    }

    @Test
    void badValueInTheMiddle() {
        Path file = CsvFiles.write(dir, "runs.csv", "a,b\n1,2\n\n3,4\n-,6\n7,8\n");
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> CsvReader.forEach(file, List.of("a"), row -> row.number("a")));
        assertEquals(5, e.line(), e.getMessage());
    }
}

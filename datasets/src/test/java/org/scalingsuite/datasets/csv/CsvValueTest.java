package org.scalingsuite.datasets.csv;

// Checks CsvRow's typed access: plain decimal numbers are accepted, and every rejected cell (non-numeric,
// NaN, Infinity, hex float, type suffix, empty, out of range, <= 0 for positive(), < 0 for nonNegative(),
// non-integer for longValue(), empty for text()) is an InvalidDataException whose message holds the file
// name, the line, the column and the value.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.ToDoubleBiFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.scalingsuite.core.data.InvalidDataException;

class CsvValueTest {

    private static final String FILE = "runs.csv";

    @TempDir
    Path dir;

    /** A file whose third line holds {@code cell} in column 'tokens'. */
    private CsvRow rowWith(String cell) {
        String quoted = "\"" + cell.replace("\"", "\"\"") + "\"";
        Path file = CsvFiles.write(dir, FILE, "params,tokens\n1e8,2e9\n1e9," + quoted + "\n");
        return CsvFiles.rows(file, "params", "tokens").get(1);
    }

    private InvalidDataException rejected(String cell, ToDoubleBiFunction<CsvRow, String> access) {
        CsvRow row = rowWith(cell);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> access.applyAsDouble(row, "tokens"),
                "'" + cell + "' must be rejected");
        String m = e.getMessage();
        assertTrue(m.contains(FILE), "file name: " + m);
        assertTrue(m.contains("line 3"), "line: " + m);
        assertTrue(m.contains("column 'tokens'"), "column: " + m);
        assertTrue(m.contains("value '" + cell.trim() + "'"), "value: " + m);
        assertEquals(3, e.line());
        assertEquals("tokens", e.column());
        assertEquals(cell.trim(), e.value());
        assertTrue(e.source().endsWith(FILE), e.source());
        return e;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "1|1", "-2.5|-2.5", "+3|3", ".5|0.5", "5.|5", "1e3|1000", "2.5E-3|0.0025", "1E+2|100",
        "' 4.25 '|4.25", "0|0", "9.993852799709755e+18|9.993852799709755e+18"})
    void plainDecimalsAreAccepted(String cell, double expected) {
        assertEquals(expected, rowWith(cell).number("tokens"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"abc", "1,5", "1.2.3", "e5", "--1", "1 000", "½", "0x1p3", "0x10", "1.5f", "1.5d", "2L",
        "1e", "."})
    void nonDecimalsAreRejected(String cell) {
        rejected(cell, CsvRow::number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"NaN", "nan", "Infinity", "-Infinity", "+Infinity", "inf", "-inf"})
    void nonFiniteValuesAreRejected(String cell) {
        InvalidDataException e = rejected(cell, CsvRow::number);
        assertTrue(e.getMessage().contains("finite"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void emptyCellsAreRejected(String cell) {
        InvalidDataException e = rejected(cell, CsvRow::number);
        assertTrue(e.getMessage().contains("missing value"), e.getMessage());
    }

    @Test
    void outOfRangeIsRejected() {
        rejected("1e400", CsvRow::number);
        rejected("-1e400", CsvRow::number);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "-1", "-3.5e2", "0.0"})
    void positiveRejectsZeroAndNegatives(String cell) {
        InvalidDataException e = rejected(cell, CsvRow::positive);
        assertTrue(e.getMessage().contains("must be positive"), e.getMessage());
    }

    @Test
    void positiveStillRejectsNonNumbers() {
        rejected("NaN", CsvRow::positive);
        rejected("", CsvRow::positive);
        assertEquals(1e-300, rowWith("1e-300").positive("tokens"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "-0.0001", "-1e-300"})
    void nonNegativeRejectsNegatives(String cell) {
        InvalidDataException e = rejected(cell, CsvRow::nonNegative);
        assertTrue(e.getMessage().contains("must not be negative"), e.getMessage());
    }

    @Test
    void nonNegativeAcceptsZero() {
        assertEquals(0.0, rowWith("0").nonNegative("tokens"));
        assertEquals(2.5, rowWith("2.5").nonNegative("tokens"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "1e3", "abc", "99999999999999999999"})
    void longValueRejectsNonIntegers(String cell) {
        rejected(cell, (row, column) -> row.longValue(column));
    }

    @Test
    void longValueAcceptsIntegers() {
        assertEquals(23224L, rowWith("23224").longValue("tokens"));
        assertEquals(-7L, rowWith(" -7 ").longValue("tokens"));
    }

    @Test
    void textIsTrimmedAndMustNotBeEmpty() {
        assertEquals("a b", rowWith("  a b ").text("tokens"));
        assertEquals("", rowWith("  ").optionalText("tokens"));
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> rowWith("").text("tokens"));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("column 'tokens'"),
                e.getMessage());
    }

    @Test
    void invalidBuildsAnExceptionForThisRow() {
        InvalidDataException e = rowWith("7").invalid("tokens", "7", "inconsistent with params");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().endsWith(FILE + ", line 3, column 'tokens': value '7': inconsistent with params"),
                e.getMessage());
    }
}

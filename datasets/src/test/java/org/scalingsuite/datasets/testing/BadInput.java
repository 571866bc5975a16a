package org.scalingsuite.datasets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.scalingsuite.core.data.InvalidDataException;

/**
 * Test helper: one bad-input case of a loader's file, how the file is edited from the mirror's copy and what
 * the error must name (line 0: the file as a whole; a null column or value is not checked).
 *
 * @param name    the case, as shown in the test report
 * @param file    the edited file within its dataset
 * @param edit    the edit, applied to a {@link MirrorCopy}
 * @param line    the line the error must name
 * @param column  the column (or JSON member path) the error must name, or null
 * @param value   the value the error must name, or null
 * @param problem a phrase the message must contain, or null
 */
public record BadInput(String name, String file, Consumer<MirrorCopy> edit, long line, String column, String value,
        String problem) {

    @Override
    public String toString() {
        return name;
    }

    /** @return this case with the column (or member path) and value the error must name. */
    public BadInput withExpected(String expectedColumn, String expectedValue) {
        return new BadInput(name, file, edit, line, expectedColumn, expectedValue, problem);
    }

    /** Checks that {@code e} names the file, line, column and value of this case, on one line. */
    public void assertNamedBy(InvalidDataException e) {
        String m = e.getMessage();
        String fileName = file.substring(file.lastIndexOf('/') + 1);
        assertTrue(e.source().endsWith(fileName), "source names " + fileName + ": " + m);
        assertTrue(m.startsWith(e.source()), m);
        assertEquals(1, m.lines().count(), "one-line message: " + m);
        assertEquals(line, e.line(), m);
        if (line > 0) {
            assertTrue(m.contains("line " + line), m);
        }
        if (column != null) {
            assertEquals(column, e.column(), m);
            assertTrue(m.contains("'" + column + "'"), m);
        }
        if (value != null) {
            assertEquals(value, e.value(), m);
            assertTrue(m.contains("value '" + value + "'"), m);
        }
        if (problem != null) {
            assertTrue(m.toLowerCase(Locale.ROOT).contains(problem), m);
        }
    }

    /** The bad-input matrix of one CSV file of the mirror, built case by case. */
    public static final class Csv {

        private final String dataset;
        private final String file;
        private final List<List<String>> records;
        private final List<BadInput> cases = new ArrayList<>();

        private Csv(String dataset, String file) {
            this.dataset = dataset;
            this.file = file;
            this.records = MirrorCopy.csv(dataset, file);
        }

        public static Csv of(String dataset, String file) {
            return new Csv(dataset, file);
        }

        public Stream<BadInput> stream() {
            return cases.stream();
        }

        /** The cases every CSV loader must reject: file, header and structure problems. */
        public Csv structure(int line, String column) {
            return missingFile().emptyFile().missingColumn(column).headerCase(column).extraField(line)
                    .nonUtf8(line);
        }

        /** The cases of a numeric cell: text, NaN and infinities. */
        public Csv numeric(int line, String column) {
            return cell("non-numeric", line, column, "abc").cell("NaN", line, column, "NaN")
                    .cell("Infinity", line, column, "Infinity").cell("-Infinity", line, column, "-Infinity");
        }

        /** The cases of a count or size that must be positive: negative and zero. */
        public Csv positive(int line, String column) {
            String v = records.get(line - 1).get(index(column));
            return cell("negative", line, column, v.startsWith("-") ? v : "-" + v).cell("zero", line, column, "0");
        }

        public Csv missingFile() {
            cases.add(new BadInput(file + ": missing file", file, c -> c.remove(dataset, file), 0, null, null,
                    null));
            return this;
        }

        public Csv emptyFile() {
            cases.add(new BadInput(file + ": empty file", file, c -> c.write(dataset, file, new byte[0]), 0, null,
                    null, null));
            return this;
        }

        public Csv missingColumn(String column) {
            int j = index(column);
            List<List<String>> copy = copy();
            copy.forEach(r -> r.remove(j));
            cases.add(new BadInput(file + ": missing column " + column, file, c -> c.writeCsv(dataset, file, copy), 1,
                    column, null, "missing column"));
            return this;
        }

        public Csv headerCase(String column) {
            String changed = column.toUpperCase(Locale.ROOT).equals(column) ? column.toLowerCase(Locale.ROOT)
                    : column.toUpperCase(Locale.ROOT);
            List<List<String>> copy = copy();
            copy.get(0).set(index(column), changed);
            cases.add(new BadInput(file + ": header " + changed, file, c -> c.writeCsv(dataset, file, copy), 1,
                    column, changed, "case"));
            return this;
        }

        public Csv extraField(int line) {
            List<List<String>> copy = copy();
            copy.get(line - 1).add("extra");
            cases.add(new BadInput(file + ": extra field on line " + line, file, c -> c.writeCsv(dataset, file, copy),
                    line, null, null, "fields"));
            return this;
        }

        public Csv cell(String name, int line, String column, String value) {
            List<List<String>> copy = copy();
            copy.get(line - 1).set(index(column), value);
            cases.add(new BadInput(file + ": " + name + " " + column + " on line " + line, file,
                    c -> c.writeCsv(dataset, file, copy), line, column, value, null));
            return this;
        }

        /** Line {@code line} repeated just after itself: the error names the repeat. */
        public Csv duplicateRow(int line, String column) {
            List<List<String>> copy = copy();
            copy.add(line, new ArrayList<>(copy.get(line - 1)));
            cases.add(new BadInput(file + ": line " + line + " repeated", file, c -> c.writeCsv(dataset, file, copy),
                    line + 1, column, null, null));
            return this;
        }

        /** A byte that is not UTF-8 at the start of line {@code line}. */
        public Csv nonUtf8(int line) {
            byte[] text = MirrorCopy.csvText(records).getBytes(StandardCharsets.UTF_8);
            int at = 0;
            for (int l = 1; l < line; l++) {
                while (text[at] != '\n') {
                    at++;
                }
                at++;
            }
            byte[] bad = new byte[text.length + 1];
            System.arraycopy(text, 0, bad, 0, at);
            bad[at] = (byte) 0xFF;
            System.arraycopy(text, at, bad, at + 1, text.length - at);
            cases.add(new BadInput(file + ": non-UTF-8 byte on line " + line, file, c -> c.write(dataset, file, bad),
                    line, null, null, "utf-8"));
            return this;
        }

        /** Adds a case of one's own. */
        public Csv add(BadInput c) {
            cases.add(c);
            return this;
        }

        public List<List<String>> records() {
            return copy();
        }

        private int index(String column) {
            int j = records.get(0).indexOf(column);
            if (j < 0) {
                throw new IllegalArgumentException(file + " has no column " + column);
            }
            return j;
        }

        private List<List<String>> copy() {
            List<List<String>> copy = new ArrayList<>();
            records.forEach(r -> copy.add(new ArrayList<>(r)));
            return copy;
        }
    }
}

package org.scalingsuite.datasets.csv;

// Checks that CsvReader decodes strictly as UTF-8: valid multi-byte text is read, and bytes that are not
// valid UTF-8 are an InvalidDataException naming the file and the line that holds them, also when that
// line lies far beyond the first buffer of the decoder.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;

class CsvEncodingTest {

    @TempDir
    Path dir;

    /** Lines of ASCII/UTF-8 text, with {@code bad} bytes appended to line {@code badLine} (1-based). */
    private static byte[] withBadBytes(List<String> lines, int badLine, byte[] bad, String lineEnd) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            out.writeBytes(lines.get(i).getBytes(StandardCharsets.UTF_8));
            if (i + 1 == badLine) {
                out.writeBytes(bad);
            }
            out.writeBytes(lineEnd.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static List<String> table(int rows) {
        List<String> lines = new java.util.ArrayList<>();
        lines.add("name,value");
        for (int i = 0; i < rows; i++) {
            lines.add("row" + i + "," + i);
        }
        return lines;
    }

    private InvalidDataException readFails(byte[] bytes) {
        Path file = CsvFiles.write(dir, "latin1.csv", bytes);
        return assertThrows(InvalidDataException.class,
                () -> CsvReader.forEach(file, List.of("name", "value"), row -> row.text("name")));
    }

    private static void assertLine(InvalidDataException e, long line) {
        assertTrue(e.getMessage().contains("latin1.csv"), e.getMessage());
        assertTrue(e.getMessage().contains("UTF-8"), e.getMessage());
        assertEquals(line, e.line(), e.getMessage());
    }

    @Test
    void validUtf8IsRead() {
        Path file = CsvFiles.write(dir, "utf8.csv", "name,value\nPérez — 数据 \uD83D\uDE00,1\n");
        assertEquals("Pérez — 数据 \uD83D\uDE00", CsvFiles.rows(file, "name").get(0).text("name"));
    }

    @Test
    void validUtf8AcrossDecoderBuffersIsRead() {
        // multi-byte characters straddle every internal buffer boundary somewhere in 30,000 rows
        StringBuilder text = new StringBuilder("name,value\n");
        for (int i = 0; i < 30_000; i++) {
            text.append("é数\uD83D\uDE00").append(i).append(',').append(i).append('\n');
        }
        Path file = CsvFiles.write(dir, "utf8.csv", text.toString());
        long[] count = {0};
        CsvReader.forEach(file, List.of("name", "value"), row -> {
            if (!row.text("name").equals("é数\uD83D\uDE00" + (row.line() - 2))) {
                throw new AssertionError(row.line() + ": " + row.text("name"));
            }
            count[0]++;
        });
        assertEquals(30_000, count[0]);
    }

    @Test
    void latin1ByteInASmallFileNamesItsLine() {
        assertLine(readFails(withBadBytes(table(5), 4, new byte[] {(byte) 0xE9}, "\n")), 4);
    }

    @Test
    void invalidByteInTheHeaderIsLine1() {
        assertLine(readFails(withBadBytes(table(3), 1, new byte[] {(byte) 0xFF}, "\n")), 1);
    }

    @Test
    void invalidByteOnTheFirstDataLine() {
        assertLine(readFails(withBadBytes(table(3), 2, new byte[] {(byte) 0xC3}, "\n")), 2);
    }

    @Test
    void invalidByteOnTheLastLineWithoutNewline() {
        byte[] bytes = withBadBytes(table(3), 4, new byte[] {(byte) 0xFF}, "\n");
        assertLine(readFails(java.util.Arrays.copyOf(bytes, bytes.length - 1)), 4);
    }

    @Test
    void invalidByteFarIntoALargeFileNamesItsLine() {
        assertLine(readFails(withBadBytes(table(20_000), 12_345, new byte[] {(byte) 0xFF}, "\n")), 12_345);
    }

    @Test
    void invalidByteWithCrlfLineEnds() {
        assertLine(readFails(withBadBytes(table(3_000), 2_500, new byte[] {(byte) 0x80}, "\r\n")), 2_500);
    }

    @Test
    void truncatedMultiByteSequenceAtEndOfFile() {
        byte[] bytes = withBadBytes(table(2), 3, new byte[] {(byte) 0xE6, (byte) 0x95}, "\n");
        assertLine(readFails(java.util.Arrays.copyOf(bytes, bytes.length - 1)), 3); // no final newline
    }
}

package org.scalingsuite.datasets.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.InvalidDataException;

/**
 * Large inputs are streamed, never loaded whole. A generated 1 GiB CSV whose third line is bad is rejected
 * after CsvReader has consumed well under 1 MiB of it; a 32 MiB CSV (about 1.3 million rows) whose last cell
 * is bad is read to the end and the cell reported with its line. The datasets module's tests run with a
 * 384 MiB heap (see its pom).
 */
class CsvGigabyteStreamTest {

    private static final byte[] HEADER = "params,tokens,loss\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] ROW = "123456789,2.5e10,3.14159\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] BAD = "123456789,2.5e10,oops\n".getBytes(StandardCharsets.US_ASCII);
    private static final List<String> COLUMNS = List.of("params", "tokens", "loss");

    @Test
    void aGigabyteFileWithAnEarlyBadCellIsRejectedAfterReadingOnlyItsStart() {
        long rows = ((1L << 30) - HEADER.length - BAD.length) / ROW.length;
        GeneratedCsv in = new GeneratedCsv(rows, 1);
        InvalidDataException e = assertThrows(InvalidDataException.class,
                () -> CsvReader.forEach(in, "huge.csv", COLUMNS, CsvGigabyteStreamTest::check));
        assertEquals(3, e.line(), e.getMessage());
        assertEquals("oops", e.value());
        assertTrue(in.position < (1 << 20), "read " + in.position + " of " + in.total + " bytes");
    }

    @Test
    void aBadCellAtTheEndOfALargeFileIsFoundWithItsLine() {
        long rows = ((32L << 20) - HEADER.length - BAD.length) / ROW.length;
        long[] seen = {0};
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> CsvReader.forEach(
                new GeneratedCsv(rows, rows), "big.csv", COLUMNS, row -> {
                    check(row);
                    seen[0]++;
                }));
        assertEquals(rows, seen[0], "every row before the bad one was read");
        assertEquals(rows + 2, e.line(), e.getMessage());
        assertEquals("loss", e.column());
        assertTrue(e.getMessage().contains("big.csv, line " + (rows + 2)), e.getMessage());
    }

    private static void check(CsvRow row) {
        row.positive("params");
        row.positive("tokens");
        row.positive("loss");
    }

    /** A header, then {@code rows} valid rows with one bad row inserted after {@code badAfter} of them. */
    private static final class GeneratedCsv extends InputStream {
        final long total;
        long position;
        private final byte[] content;

        GeneratedCsv(long rows, long badAfter) {
            this.total = HEADER.length + rows * ROW.length + BAD.length;
            // Everything up to and including the bad row; the rest repeats ROW.
            byte[] prefix = new byte[(int) Math.min(HEADER.length + badAfter * ROW.length + BAD.length, 64L << 20)];
            int p = 0;
            System.arraycopy(HEADER, 0, prefix, p, HEADER.length);
            p += HEADER.length;
            for (long i = 0; i < badAfter && p + ROW.length <= prefix.length - BAD.length; i++) {
                System.arraycopy(ROW, 0, prefix, p, ROW.length);
                p += ROW.length;
            }
            System.arraycopy(BAD, 0, prefix, p, BAD.length);
            this.content = prefix;
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (position >= total) {
                return -1;
            }
            int n = (int) Math.min(len, total - position);
            for (int i = 0; i < n; i++) {
                long at = position + i;
                b[off + i] = at < content.length ? content[(int) at]
                        : ROW[(int) ((at - content.length) % ROW.length)];
            }
            position += n;
            return n;
        }
    }
}

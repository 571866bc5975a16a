package org.scalingsuite.datasets.csv;

// Checks that CsvReader.forEach streams a large file (200,000 generated rows in a temporary file) row by
// row, with correct values and line numbers, without the caller collecting the rows.

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvStreamingTest {

    private static final int ROWS = 200_000;

    @TempDir
    Path dir;

    @Test
    void largeFileIsStreamedRowByRow() throws Exception {
        Path file = dir.resolve("large.csv");
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("step,lr,loss,note\n");
            for (int i = 1; i <= ROWS; i++) {
                w.write(i + "," + (i % 7) * 1e-4 + "," + (2.0 + 1.0 / i) + ",\"run " + i + ", ok\"\n");
            }
        }
        long[] count = {0};
        double[] stepSum = {0};
        long[] lastLine = {0};
        List<String> header = CsvReader.forEach(file, List.of("step", "loss"), row -> {
            count[0]++;
            double step = row.positive("step");
            stepSum[0] += step;
            if (row.line() != (long) step + 1) {
                throw new AssertionError("row " + (long) step + " reported line " + row.line());
            }
            row.nonNegative("lr");
            row.positive("loss");
            lastLine[0] = row.line();
        });
        assertEquals(List.of("step", "lr", "loss", "note"), header);
        assertEquals(ROWS, count[0]);
        assertEquals((double) ROWS * (ROWS + 1) / 2, stepSum[0]);
        assertEquals(ROWS + 1L, lastLine[0]);
    }
}

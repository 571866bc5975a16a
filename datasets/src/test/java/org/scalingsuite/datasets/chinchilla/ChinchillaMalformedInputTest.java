package org.scalingsuite.datasets.chinchilla;

// Checks that ChinchillaPoints.read rejects malformed copies of Epoch's file (written to a temporary
// directory from the mirror's copy) with the file, line, column and value in the message: a negative model
// size, a non-numeric loss, a missing 'loss' column, a 'Loss' header. Skipped when the mirror is absent.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;

class ChinchillaMalformedInputTest {

    @TempDir
    Path cache;
    @TempDir
    Path work;

    private List<String> lines;
    private List<String> header;

    @BeforeEach
    void readMirrorCopy() throws IOException {
        Path original = ChinchillaMirror.store(cache).path(ChinchillaPoints.DATASET, ChinchillaPoints.FILE);
        lines = Files.readAllLines(original, StandardCharsets.UTF_8);
        header = Arrays.asList(lines.get(0).split(",", -1));
        assertTrue(header.containsAll(List.of("Model Size", "Training FLOP", "loss")), header.toString());
    }

    /** Writes a copy with {@code column} of file line {@code line} (1-based) replaced. */
    private Path copyWithCell(int line, String column, UnaryOperator<String> change) throws IOException {
        List<String> copy = new ArrayList<>(lines);
        String[] fields = copy.get(line - 1).split(",", -1);
        int j = header.indexOf(column);
        fields[j] = change.apply(fields[j]);
        copy.set(line - 1, String.join(",", fields));
        return Files.write(work.resolve("svg_extracted_data.csv"), copy, StandardCharsets.UTF_8);
    }

    private static void assertNames(InvalidDataException e, long line, String column, String value) {
        String m = e.getMessage();
        assertTrue(m.contains("svg_extracted_data.csv"), m);
        assertTrue(m.contains("line " + line), m);
        assertTrue(m.contains("column '" + column + "'"), m);
        if (value != null) {
            assertTrue(m.contains("value '" + value + "'"), m);
        }
        assertEquals(line, e.line(), m);
        assertEquals(column, e.column(), m);
        assertEquals(value, e.value(), m);
    }

    @Test
    void negativeModelSize() throws IOException {
        Path file = copyWithCell(10, "Model Size", v -> "-" + v);
        String value = Files.readAllLines(file).get(9).split(",", -1)[header.indexOf("Model Size")];
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> ChinchillaPoints.read(file));
        assertNames(e, 10, "Model Size", value);
        assertTrue(value.startsWith("-"));
        assertTrue(e.getMessage().contains("must be positive"), e.getMessage());
    }

    @Test
    void nonNumericLoss() throws IOException {
        Path file = copyWithCell(7, "loss", v -> "n/a");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> ChinchillaPoints.read(file));
        assertNames(e, 7, "loss", "n/a");
    }

    @Test
    void nanTrainingFlopOnTheLastLine() throws IOException {
        Path file = copyWithCell(lines.size(), "Training FLOP", v -> "NaN");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> ChinchillaPoints.read(file));
        assertNames(e, 246, "Training FLOP", "NaN");
    }

    @Test
    void missingLossColumn() throws IOException {
        int j = header.indexOf("loss");
        List<String> copy = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(Arrays.asList(line.split(",", -1)));
            fields.remove(j);
            copy.add(String.join(",", fields));
        }
        Path file = Files.write(work.resolve("svg_extracted_data.csv"), copy, StandardCharsets.UTF_8);
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> ChinchillaPoints.read(file));
        assertNames(e, 1, "loss", null);
        assertTrue(e.getMessage().contains("missing column"), e.getMessage());
    }

    @Test
    void capitalisedLossHeader() throws IOException {
        Path file = copyWithCell(1, "loss", v -> "Loss");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> ChinchillaPoints.read(file));
        assertNames(e, 1, "loss", "Loss");
        assertTrue(e.getMessage().contains("case"), e.getMessage());
    }

    @Test
    void unmodifiedCopyReadsLikeTheOriginal() throws IOException {
        Path file = Files.write(work.resolve("copy.csv"), lines, StandardCharsets.UTF_8);
        assertEquals(245, ChinchillaPoints.read(file).size());
    }
}

package org.scalingsuite.datasets.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.datasets.chinchilla.ChinchillaPoints;
import org.scalingsuite.datasets.chinchilla.ChinchillaRun;
import org.scalingsuite.datasets.runs.RunsCsv;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * Fuzzes the CSV loaders: the user-runs reader behind {@code fit --data} on random bytes and on random
 * CSV built from plausible and hostile cells, and the Chinchilla loader on the real mirror file with one
 * byte, cell or line mutated. Every outcome is either a successful load of finite, positive values or an
 * {@link InvalidDataException} that names the file; no other exception escapes, and nothing is dropped
 * (a load that succeeds has one record per data line).
 */
class LoaderFuzzTest {

    private static final List<String> CELLS = List.of("1e9", "2.5e10", "3.1", "0", "-1", "-0", "NaN", "Infinity",
            "-Infinity", "abc", "", " ", "1,5", "\"1e9\"", "\"2,0\"", "1e400", "1e-400", "0x10", "1_000", "١٢٣",
            "\"unterminated", "3.0\u0000", "1e9 ", " 1e9", "+7", ".5", "5.", "1e", "--1", "\uFEFF1");
    private static final List<String> HEADERS = List.of("params", "tokens", "loss", "Params", "LOSS", " params",
            "note", "", "params", "tokens", "loss", "\"loss\"", "tokens ");

    @Property(tries = 400, seed = "7031")
    void randomBytesGiveRunsOrANamedError(@ForAll @Size(max = 400) byte[] bytes) {
        readRuns(bytes);
    }

    @Property(tries = 600, seed = "7032")
    void randomCsvGivesRunsOrANamedError(@ForAll("csv") String csv) {
        readRuns(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 200, seed = "7033")
    void validRunsWithOneHostileCellGiveRunsOrANamedError(@ForAll @IntRange(min = 0, max = 29) int row,
            @ForAll @IntRange(min = 0, max = 2) int column, @ForAll("cell") String cell) {
        StringBuilder sb = new StringBuilder("params,tokens,loss\n");
        for (int i = 0; i < 30; i++) {
            String[] cells = {Double.toString(1e8 * (1 + i % 6)), Double.toString(2e9 * (1 + i / 6)),
                Double.toString(2 + 1.0 / (1 + i))};
            if (i == row) {
                cells[column] = cell;
            }
            sb.append(String.join(",", cells)).append('\n');
        }
        readRuns(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 150, seed = "7034")
    void chinchillaFileWithOneMutationLoadsOrGivesANamedError(@ForAll @IntRange(min = 0, max = 23223) int at,
            @ForAll @IntRange(min = 0, max = 3) int kind, @ForAll("cell") String cell) throws IOException {
        Path original = DatasetStore.standard().path(ChinchillaPoints.DATASET, ChinchillaPoints.FILE);
        String text = Files.readString(original, StandardCharsets.UTF_8);
        int pos = Math.min(at, text.length() - 1);
        String mutated = switch (kind) {
            case 0 -> text.substring(0, pos) + cell + text.substring(pos + 1);
            case 1 -> text.substring(0, pos) + "," + text.substring(pos);
            case 2 -> text.substring(0, pos) + "\n" + text.substring(pos);
            default -> text.substring(0, pos) + text.substring(Math.min(text.length(), pos + 1 + cell.length()));
        };
        Path file = temp(mutated.getBytes(StandardCharsets.UTF_8));
        try {
            List<ChinchillaRun> runs = ChinchillaPoints.read(file);
            long lines = mutated.lines().skip(1).filter(l -> !l.isBlank()).count();
            assertTrue(runs.size() <= lines, "no invented rows");
            for (ChinchillaRun r : runs) {
                assertTrue(Double.isFinite(r.loss()) && r.loss() > 0, r.toString());
            }
        } catch (InvalidDataException e) {
            assertNamesTheFile(e, file);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    @Provide
    Arbitrary<String> cell() {
        return Arbitraries.oneOf(Arbitraries.of(CELLS), Arbitraries.strings().ofMaxLength(8));
    }

    @Provide
    Arbitrary<String> csv() {
        Arbitrary<List<String>> header = Arbitraries.of(HEADERS).list().ofMinSize(0).ofMaxSize(5);
        Arbitrary<List<List<String>>> rows = cell().list().ofMinSize(0).ofMaxSize(5).list().ofMaxSize(12);
        Arbitrary<String> newline = Arbitraries.of("\n", "\r\n", "\r");
        return Combinators.combine(header, rows, newline).as((h, r, nl) -> {
            StringBuilder sb = new StringBuilder(String.join(",", h)).append(nl);
            for (List<String> row : r) {
                sb.append(String.join(",", row)).append(nl);
            }
            return sb.toString();
        });
    }

    private static void readRuns(byte[] content) {
        Path file = temp(content);
        try {
            Observations runs = RunsCsv.read(file, 6);
            assertTrue(runs.size() >= 6);
            for (int i = 0; i < runs.size(); i++) {
                double loss = runs.response()[i];
                assertTrue(Double.isFinite(loss) && loss > 0, "loss " + loss);
            }
        } catch (InvalidDataException e) {
            assertNamesTheFile(e, file);
        } catch (RuntimeException e) {
            fail("undocumented exception for input " + printable(content) + ": " + e, e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private static void assertNamesTheFile(InvalidDataException e, Path file) {
        assertTrue(e.getMessage().contains(file.toString()), "message names the file: " + e.getMessage());
        assertEquals(file.toString(), e.source());
        assertTrue(e.getMessage().lines().count() == 1, "one-line message: " + e.getMessage());
    }

    private static Path temp(byte[] content) {
        try {
            Path file = Files.createTempFile("fuzz", ".csv");
            Files.write(file, content);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String printable(byte[] content) {
        String s = new String(content, StandardCharsets.UTF_8);
        return s.length() > 200 ? s.substring(0, 200) + "..." : s;
    }
}

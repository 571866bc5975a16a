package org.scalingsuite.datasets.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.DoubleStream;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;

/**
 * Test helper for the loaders' property tests: random edits of a mirror file (one byte range replaced,
 * a separator, line break or quote inserted, bytes deleted, a byte that is not UTF-8, the file cut short, a
 * line repeated), random CSV built from the file's own header and rows with hostile cells, and the check
 * of one load: either it succeeds and every value the loader promises finite is finite, or it fails with an
 * {@link InvalidDataException} naming the file on one line. Any other exception escapes and fails the
 * property.
 */
public final class Fuzz {

    /** Hostile and plausible cells. */
    public static final List<String> CELLS = List.of("1e9", "2.5e10", "3.1", "0", "-1", "-0", "NaN", "nan", "Infinity",
            "-Infinity", "inf", "abc", "", " ", "1,5", "\"1e9\"", "\"2,0\"", "1e400", "1e-400", "0x10", "1_000",
            "\u0661\u0662", "\"unterminated", "3.0\u0000", "1e9 ", "+7", ".5", "5.", "1e", "--1", "\uFEFF1", "null",
            "true", "{", "}", "[", "]", ":", "\\u00", "9223372036854775808", "1.5M", "125M", "7B", "-125M");

    /**
     * A loader under test: the file edited and the load, giving the values it promises finite.
     *
     * @param name    shown in failures
     * @param dataset the edited file's dataset
     * @param file    the edited file
     * @param load    loads through a store and returns the promised-finite values of the result
     */
    public record Loader(String name, String dataset, String file, Function<DataStore, DoubleStream> load) {
        @Override
        public String toString() {
            return name + " (" + file + ")";
        }
    }

    /** One random edit of a file's bytes: where (any int, taken modulo the size), which kind, with what cell. */
    public record Edit(int at, int kind, String cell) {
    }

    private static final Map<String, byte[]> BYTES = new ConcurrentHashMap<>();
    private static final Map<String, List<List<String>>> RECORDS = new ConcurrentHashMap<>();

    private Fuzz() {
    }

    /** @return the mirror's copy of the loader's file (read once; not to be modified). */
    public static byte[] bytes(Loader l) {
        return BYTES.computeIfAbsent(l.dataset() + "/" + l.file(), k -> MirrorCopy.bytes(l.dataset(), l.file()));
    }

    /** @return the records of the loader's CSV file (parsed once; not to be modified). */
    public static List<List<String>> records(Loader l) {
        return RECORDS.computeIfAbsent(l.dataset() + "/" + l.file(), k -> MirrorCopy.csv(l.dataset(), l.file()));
    }

    public static Arbitrary<String> cell() {
        return Arbitraries.oneOf(Arbitraries.of(CELLS), Arbitraries.strings().ofMaxLength(6));
    }

    public static Arbitrary<Edit> edit() {
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(0), Arbitraries.integers().between(0, 7),
                cell()).as(Edit::new);
    }

    /** @return {@code bytes} with the edit applied. */
    public static byte[] apply(byte[] bytes, Edit e) {
        int n = bytes.length;
        int pos = n == 0 ? 0 : e.at() % n;
        byte[] cell = e.cell().getBytes(StandardCharsets.UTF_8);
        return switch (e.kind()) {
            case 0 -> splice(bytes, pos, Math.min(n, pos + Math.max(1, cell.length)), cell);
            case 1 -> splice(bytes, pos, pos, new byte[] {','});
            case 2 -> splice(bytes, pos, pos, new byte[] {'\n'});
            case 3 -> splice(bytes, pos, Math.min(n, pos + 1 + cell.length), new byte[0]);
            case 4 -> splice(bytes, pos, pos, new byte[] {(byte) (cell.length % 2 == 0 ? 0xFF : 0xC3)});
            case 5 -> splice(bytes, pos, n, new byte[0]);
            case 6 -> {
                int start = pos;
                while (start > 0 && bytes[start - 1] != '\n') {
                    start--;
                }
                int end = pos;
                while (end < n && bytes[end] != '\n') {
                    end++;
                }
                end = Math.min(n, end + 1);
                byte[] line = java.util.Arrays.copyOfRange(bytes, start, end);
                yield splice(bytes, end, end, line);
            }
            default -> splice(bytes, pos, pos, new byte[] {'"'});
        };
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }

    /** A random CSV in a file's format: its header (one column maybe dropped), some of its rows, some cells replaced. */
    public record Structured(List<Integer> rows, int dropColumn, List<Edit> cells) {
    }

    public static Arbitrary<Structured> structured() {
        return Combinators.combine(Arbitraries.integers().greaterOrEqual(1).list().ofMaxSize(12),
                Arbitraries.integers().between(-8, 400), edit().list().ofMaxSize(3)).as(Structured::new);
    }

    /** @return CSV text from the header and rows of {@code records} chosen by {@code s}, in file order. */
    public static byte[] csv(List<List<String>> records, Structured s) {
        List<List<String>> out = new ArrayList<>();
        List<String> header = new ArrayList<>(records.get(0));
        int drop = s.dropColumn() >= 0 && s.dropColumn() < header.size() && s.dropColumn() % 4 == 0
                ? s.dropColumn() : -1;
        TreeSet<Integer> picked = new TreeSet<>();
        for (int r : s.rows()) {
            picked.add(1 + r % (records.size() - 1));
        }
        out.add(header);
        for (int r : picked) {
            out.add(new ArrayList<>(records.get(r)));
        }
        for (Edit e : s.cells()) {
            List<String> row = out.get(e.at() % out.size());
            if (!row.isEmpty()) {
                row.set(e.kind() * 7919 % row.size(), e.cell());
            }
        }
        if (drop >= 0) {
            out.forEach(r -> {
                if (drop < r.size()) {
                    r.remove(drop);
                }
            });
        }
        return MirrorCopy.csvText(out).getBytes(StandardCharsets.UTF_8);
    }

    /** Loads with {@code loader}'s file replaced by {@code content}, and checks the outcome. */
    public static void check(Loader loader, byte[] content) {
        Path dir;
        try {
            dir = Files.createTempDirectory("fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            MirrorCopy store = new MirrorCopy(dir);
            store.write(loader.dataset(), loader.file(), content);
            double[] values = loader.load().apply(store).toArray();
            for (double v : values) {
                assertTrue(Double.isFinite(v), loader + " returned a value that is not finite: " + v);
            }
        } catch (InvalidDataException e) {
            String name = loader.file().substring(loader.file().lastIndexOf('/') + 1);
            String m = e.getMessage();
            assertTrue(e.source().endsWith(name) || e.source().contains(name), "the error names the file: " + m);
            assertEquals(1, m.lines().count(), "one-line message: " + m);
        } finally {
            delete(dir);
        }
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

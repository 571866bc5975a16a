package org.scalingsuite.reproductions.overtraining.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * Checks that the testbed loader rejects bad upstream files with the file, line, member path and value, rather
 * than dropping or guessing: a negative parameter count, an accuracy above 1, a loss given as a string, an
 * unknown training set, a tokens value with a fraction. Data: a copy of the released files with one file edited.
 * Method: {@link Testbed#load} through a DataStore over the copy.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='TestbedMalformedInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class TestbedMalformedInputTest {

    private static final String MODEL = "models/rpj-open_lm_1b-32.0.json";
    private static final String EVAL = "evals/evaluation_rpj-d=96_l=8_h=4-1.0_heavy.json";

    @TempDir
    Path copy;

    private DataStore store;

    @BeforeEach
    void copyMirror() throws IOException {
        DatasetStore mirror = DatasetStore.standard();
        Path source = mirror.path(Testbed.DATASET, Testbed.METADATA).getParent();
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(p, target);
                    target.toFile().setWritable(true);
                }
            }
        }
        store = (dataset, file) -> copy.resolve(file);
    }

    @Test
    void theUneditedCopyLoads() {
        assertEquals(104, Testbed.load(store).runs().size());
    }

    @Test
    void negativeParameterCount() throws IOException {
        edit(MODEL, "\"params\": 1439795200", "\"params\": -5");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Testbed.load(store));
        assertEquals("rpj-open_lm_1b-32.0.json", e.source());
        assertEquals("hyperparameters.params", e.column());
        assertEquals("-5", e.value());
        assertEquals(lineOf(MODEL, "\"params\": -5"), e.line());
    }

    @Test
    void fractionalTokenCount() throws IOException {
        edit(MODEL, "\"tokens\": 921468928000", "\"tokens\": 921468928000.5");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Testbed.load(store));
        assertEquals("hyperparameters.tokens", e.column());
        assertTrue(e.getMessage().contains("positive integer"), e.getMessage());
    }

    @Test
    void accuracyAboveOne() throws IOException {
        String text = read(EVAL);
        String line = text.lines().filter(l -> l.contains("\"arc_easy\"")).findFirst().orElseThrow();
        edit(EVAL, line.trim().replaceAll(",$", ""), "\"arc_easy\": 1.5");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Testbed.load(store));
        assertEquals("evaluation_rpj-d=96_l=8_h=4-1.0_heavy.json", e.source());
        assertEquals("eval_metrics.icl.arc_easy", e.column());
        assertEquals("1.5", e.value());
        assertEquals(lineOf(EVAL, "\"arc_easy\": 1.5"), e.line());
    }

    @Test
    void lossAsString() throws IOException {
        String text = read(MODEL);
        int at = text.indexOf("\"loss\": ");
        int end = text.indexOf(',', at);
        String original = text.substring(at, end);
        edit(MODEL, original, "\"loss\": \"2.5\"");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Testbed.load(store));
        assertEquals("results[0].loss", e.column());
        assertTrue(e.getMessage().contains("expected a number, found a string"), e.getMessage());
    }

    @Test
    void unknownTrainingSet() throws IOException {
        edit(MODEL, "\"dataset_name\": \"rpj\"", "\"dataset_name\": \"pile\"");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> Testbed.load(store));
        assertEquals("dataset_name", e.column());
        assertEquals("pile", e.value());
    }

    private void edit(String file, String from, String to) throws IOException {
        String text = read(file);
        assertTrue(text.contains(from), file + " has no '" + from + "'");
        Files.writeString(copy.resolve(file), text.replace(from, to), StandardCharsets.UTF_8);
    }

    private String read(String file) throws IOException {
        return Files.readString(copy.resolve(file), StandardCharsets.UTF_8);
    }

    private long lineOf(String file, String text) throws IOException {
        String[] lines = read(file).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}

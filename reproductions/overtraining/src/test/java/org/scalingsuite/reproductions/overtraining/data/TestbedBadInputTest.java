package org.scalingsuite.reproductions.overtraining.data;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.datasets.testing.BadInput;
import org.scalingsuite.datasets.testing.MirrorCopy;

/**
 * The bad-input matrix of {@link Testbed#load}, extending {@link TestbedMalformedInputTest}: one model file, one
 * eval file and {@code eval_metadata.csv} of the mirror, each edited in one place (missing, empty, truncated, a
 * member missing, a value of the wrong JSON type, NaN or an infinity, a number out of range, a negative or zero
 * count, a repeated key or row, a byte that is not UTF-8; for the CSV file also a column dropped or miscased and
 * an extra field). The testbed is loaded through a data store over the edited copy, and the error must be an
 * {@link InvalidDataException} naming the file, the line, the member path (or column) and the value.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='TestbedBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class TestbedBadInputTest {

    private static final String MODEL = "models/rpj-open_lm_1b-32.0.json";
    private static final String EVAL = "evals/evaluation_rpj-d=96_l=8_h=4-1.0_heavy.json";

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        List<BadInput> cases = new ArrayList<>();
        for (String file : List.of(MODEL, EVAL)) {
            String text = text(file);
            cases.add(new BadInput(file + ": missing file", file, c -> c.remove(Testbed.DATASET, file), 0, null, null,
                    "file not found"));
            cases.add(json(file, "empty file", "", 1, "end of input"));
            String truncated = text.substring(0, text.length() / 2);
            cases.add(json(file, "truncated", truncated, 1 + truncated.chars().filter(ch -> ch == '\n').count(),
                    null));
        }
        cases.add(edit(MODEL, "missing member", "\"params\": 1439795200", "\"n_params\": 1439795200",
                lineOf(MODEL, "\"hyperparameters\""), "hyperparameters.params", null, "missing member"));
        cases.add(edit(MODEL, "count as a string", "\"params\": 1439795200", "\"params\": \"1439795200\"",
                "hyperparameters.params", "1439795200", "expected a number, found a string"));
        cases.add(edit(MODEL, "count as null", "\"params\": 1439795200", "\"params\": null",
                "hyperparameters.params", "null", "expected a number, found a null"));
        cases.add(edit(MODEL, "zero count", "\"params\": 1439795200", "\"params\": 0", "hyperparameters.params", "0",
                "positive integer"));
        cases.add(edit(MODEL, "negative tokens", "\"tokens\": 921468928000", "\"tokens\": -921468928000",
                "hyperparameters.tokens", "-921468928000", "positive integer"));
        cases.add(edit(MODEL, "count out of range", "\"tokens\": 921468928000", "\"tokens\": 92146892800000000000",
                "hyperparameters.tokens", "92146892800000000000", "out of range"));
        cases.add(edit(MODEL, "name as a number", "\"name\": \"rpj-open_lm_1b-32.0\"", "\"name\": 7", "name", "7",
                "expected a string"));
        cases.add(edit(MODEL, "results as an object", "\"results\": [", "\"results\": {}, \"old_results\": [",
                "results", null, "expected an array, found an object"));
        for (String literal : List.of("NaN", "Infinity", "-Infinity")) {
            cases.add(edit(MODEL, literal, "\"chinchilla_multiplier\": 32.0", "\"chinchilla_multiplier\": " + literal,
                    null, null, null));
        }
        cases.add(edit(MODEL, "number beyond a double", "\"chinchilla_multiplier\": 32.0",
                "\"chinchilla_multiplier\": 1e400", null, null, "out of range"));
        cases.add(edit(MODEL, "zero multiplier", "\"chinchilla_multiplier\": 32.0", "\"chinchilla_multiplier\": 0.0",
                "hyperparameters.chinchilla_multiplier", "0.0", "must be positive"));
        cases.add(edit(MODEL, "repeated key", "\"params\": 1439795200,", "\"params\": 1439795200, \"params\": 5,",
                null, null, "duplicate object key"));
        cases.add(nonUtf8(MODEL, "\"dataset_name\""));
        String arc = text(EVAL).lines().filter(l -> l.contains("\"arc_easy\"")).findFirst().orElseThrow().trim()
                .replaceAll(",$", "");
        cases.add(edit(EVAL, "missing member", "\"icl\":", "\"icl_tasks\":", lineOf(EVAL, "\"eval_metrics\""),
                "eval_metrics.icl", null, "missing member"));
        cases.add(edit(EVAL, "accuracy as a string", arc, "\"arc_easy\": \"0.26\"", "eval_metrics.icl.arc_easy",
                "0.26", "expected a number"));
        cases.add(edit(EVAL, "NaN accuracy", arc, "\"arc_easy\": NaN", null, null, "expected a value"));
        cases.add(edit(EVAL, "negative accuracy", arc, "\"arc_easy\": -0.26", "eval_metrics.icl.arc_easy", "-0.26",
                "[0, 1]"));
        cases.add(edit(EVAL, "repeated key", arc, arc + ", \"arc_easy\": 0.3", null, null, "duplicate object key"));
        cases.add(nonUtf8(EVAL, "\"arc_easy\""));
        BadInput.Csv.of(Testbed.DATASET, Testbed.METADATA).structure(2, "Random baseline").numeric(2, "Random baseline")
                .cell("negative", 2, "Random baseline", "-25").cell("empty task", 3, "Eval Task", "")
                .duplicateRow(2, "Eval Task").stream().forEach(cases::add);
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineMemberAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> Testbed.load(store)));
    }

    private static String text(String file) {
        return new String(MirrorCopy.bytes(Testbed.DATASET, file), StandardCharsets.UTF_8);
    }

    private static long lineOf(String file, String text) {
        String all = text(file);
        int at = all.indexOf(text);
        if (at < 0) {
            throw new IllegalArgumentException(file + " has no " + text);
        }
        return 1 + all.substring(0, at).chars().filter(ch -> ch == '\n').count();
    }

    private static BadInput json(String file, String name, String content, long line, String problem) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        return new BadInput(file + ": " + name, file, c -> c.write(Testbed.DATASET, file, bytes), line, null, null,
                problem);
    }

    /** The first {@code from} replaced by {@code to}; the error names the edited line. */
    private static BadInput edit(String file, String name, String from, String to, String member, String value,
            String problem) {
        return edit(file, name, from, to, lineOf(file, from), member, value, problem);
    }

    private static BadInput edit(String file, String name, String from, String to, long line, String member,
            String value, String problem) {
        String text = text(file);
        int at = text.indexOf(from);
        if (at < 0) {
            throw new IllegalArgumentException(file + " has no " + from);
        }
        String edited = text.substring(0, at) + to + text.substring(at + from.length());
        return json(file, name, edited, line, problem).withExpected(member, value);
    }

    /** A byte that is not UTF-8 just before {@code at}, on its line. */
    private static BadInput nonUtf8(String file, String at) {
        byte[] text = MirrorCopy.bytes(Testbed.DATASET, file);
        int i = new String(text, StandardCharsets.UTF_8).indexOf(at); // the files are ASCII: chars are bytes
        byte[] bad = new byte[text.length + 1];
        System.arraycopy(text, 0, bad, 0, i);
        bad[i] = (byte) 0xFF;
        System.arraycopy(text, i, bad, i + 1, text.length - i);
        return new BadInput(file + ": non-UTF-8 byte", file, c -> c.write(Testbed.DATASET, file, bad),
                lineOf(file, at), null, null, "utf-8");
    }
}

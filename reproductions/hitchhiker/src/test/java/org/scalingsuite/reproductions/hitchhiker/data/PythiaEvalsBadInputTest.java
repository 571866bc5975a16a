package org.scalingsuite.reproductions.hitchhiker.data;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.datasets.testing.BadInput;
import org.scalingsuite.datasets.testing.MirrorCopy;

/**
 * The bad-input matrix of {@link PythiaEvals}: the rebuilt Pythia evaluation table. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero count, a repeated row, a byte that is not UTF-8), loads it through a data store over the edited copy,
 * and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='PythiaEvalsBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PythiaEvalsBadInputTest {

    /** The first pythia-v1 zero-shot row (pythia-70m at step 0); the v0 rows above are counted, not used. */
    private static final int LINE = 500;

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(HitchhikerData.DATASET, PythiaEvals.FILE).structure(LINE, "lambada_openai_ppl")
                .numeric(LINE, "lambada_openai_ppl").numeric(LINE + 1, "tokens_seen")
                .positive(LINE, "num_params_nominal").positive(LINE, "lambada_openai_ppl")
                .cell("negative", LINE + 1, "tokens_seen", "-2097152").duplicateRow(LINE, "lambada_openai_ppl")
                .stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> PythiaEvals.load(store)));
    }
}

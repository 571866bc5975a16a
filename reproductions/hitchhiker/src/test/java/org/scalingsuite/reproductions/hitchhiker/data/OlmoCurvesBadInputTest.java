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
 * The bad-input matrix of {@link OlmoCurves}: the OLMo validation curves. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero count, a repeated row, a byte that is not UTF-8), loads it through a data store over the edited copy,
 * and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='OlmoCurvesBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class OlmoCurvesBadInputTest {

    /** The first OLMo-1B row (the rows above are OLMo-7B-Twin-2T, read and set aside). */
    private static final int LINE = 446;

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(HitchhikerData.DATASET, OlmoCurves.FILE).structure(LINE, "v3-small-dolma_pes2o-validation/CrossEntropyLoss")
                .missingColumn("num_params").headerCase("Step").numeric(LINE, "v3-small-dolma_pes2o-validation/CrossEntropyLoss")
                .numeric(LINE, "Step").positive(LINE, "Step").positive(LINE, "v2-small-mc4_en-validation/CrossEntropyLoss")
                .cell("not a size", LINE, "num_params", "abc").duplicateRow(LINE, null).stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> OlmoCurves.load(store)));
    }
}

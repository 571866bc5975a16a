package org.scalingsuite.reproductions.lrannealing.data;

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
 * The bad-input matrix of {@link TissueExample}: Tissue et al.'s public fitting example. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero value, a repeated row, a byte that is not UTF-8), loads it through a data store over the edited copy,
 * and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='TissueExampleBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class TissueExampleBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(TissueExample.DATASET, TissueExample.FILE).structure(2, "loss")
                .numeric(2, "loss").numeric(3, "step").positive(2, "step").positive(3, "loss")
                .cell("unknown schedule", 2, "schedule", "wsd").duplicateRow(2, "step").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> TissueExample.load(store)));
    }
}

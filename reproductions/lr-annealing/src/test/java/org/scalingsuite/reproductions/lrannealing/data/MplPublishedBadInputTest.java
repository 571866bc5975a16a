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
 * The bad-input matrix of {@link MplPublished}: the Multi-Power-Law README's fitted parameters. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero value, a repeated row, a byte that is not UTF-8), loads it through a data store over the edited copy,
 * and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='MplPublishedBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class MplPublishedBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(MplPublished.DATASET, MplPublished.FILE).structure(2, "alpha")
                .numeric(2, "alpha").numeric(3, "test_MAE").positive(2, "L0").positive(3, "B")
                .cell("negative", 2, "test_RMSE", "-0.00465").cell("not a size", 2, "model", "25")
                .duplicateRow(2, "model").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> MplPublished.load(store)));
    }
}

package org.scalingsuite.reproductions.criticalbatchsize.data;

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
 * The bad-input matrix of {@link StepLawRuns#loadDense}: the Step Law dense grid. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero value where one must be positive, a repeated row, a byte that is not UTF-8), loads it through a data
 * store over the edited copy, and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='StepLawDenseBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class StepLawDenseBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(StepLawRuns.DATASET, StepLawRuns.DENSE_FILE)
                .structure(2, "smooth loss").numeric(2, "lr").numeric(3, "smooth loss").positive(2, "N")
                .positive(3, "D").positive(2, "bs").cell("fractional", 2, "h", "960.5")
                .duplicateRow(2, "h").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> StepLawRuns.loadDense(store)));
    }
}

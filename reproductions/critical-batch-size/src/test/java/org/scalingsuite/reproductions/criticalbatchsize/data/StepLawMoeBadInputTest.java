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
 * The bad-input matrix of {@link StepLawRuns#loadMoe}: the Step Law mixture-of-experts runs. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero value where one must be positive, a repeated row, a byte that is not UTF-8), loads it through a data
 * store over the edited copy, and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='StepLawMoeBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class StepLawMoeBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(StepLawRuns.DATASET, StepLawRuns.MOE_FILE)
                .structure(2, "smooth loss").numeric(2, "lr").numeric(3, "Na").positive(2, "N")
                .positive(3, "Na").positive(2, "D").cell("active above total", 2, "Na", "3150612992")
                .duplicateRow(2, "moe_name").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> StepLawRuns.loadMoe(store)));
    }
}

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
 * The bad-input matrix of {@link DatablationsCurves}: Muennighoff et al.'s data-constrained runs. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero count, a repeated row, a byte that is not UTF-8), loads it through a data store over the edited copy,
 * and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='DatablationsCurvesBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class DatablationsCurvesBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(HitchhikerData.DATASET, DatablationsCurves.FILE).structure(2, "loss")
                .numeric(2, "loss").numeric(3, "token_num").positive(2, "token_num").positive(3, "loss")
                .cell("not a size", 2, "num_params", "abc").cell("fractional", 2, "epochs", "1.5")
                .duplicateRow(2, "loss").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> DatablationsCurves.load(store)));
    }
}

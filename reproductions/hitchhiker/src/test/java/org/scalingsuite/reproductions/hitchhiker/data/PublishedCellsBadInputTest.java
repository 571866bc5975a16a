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
 * The bad-input matrix of {@link PublishedCells}: the cell values printed in the authors' heatmaps. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero count, a repeated row, a byte that is not UTF-8), loads it through a data store over the edited copy,
 * and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='PublishedCellsBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PublishedCellsBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(HitchhikerData.DATASET, PublishedCells.FILE).structure(2, "are_percent")
                .numeric(2, "are_percent").cell("negative", 2, "are_percent", "-38.96")
                .cell("fractional", 2, "row_index", "0.5").duplicateRow(2, "col_index").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> PublishedCells.load(store)));
    }
}

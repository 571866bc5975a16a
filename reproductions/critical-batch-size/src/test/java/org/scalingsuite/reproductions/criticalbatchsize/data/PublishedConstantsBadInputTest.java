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
 * The bad-input matrix of {@link PublishedConstants}: the published constants, read and then one parsed as a number (values are text, and may be negative). Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero value where one must be positive, a repeated row, a byte that is not UTF-8), loads it through a data
 * store over the edited copy, and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='PublishedConstantsBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PublishedConstantsBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(PublishedConstants.DATASET, PublishedConstants.FILE)
                .structure(2, "value").numeric(2, "value").cell("empty", 2, "value", "")
                .duplicateRow(2, "key").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> PublishedConstants.load(store).number("merrill2025", "delta_window")));
    }
}

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
 * The bad-input matrix of {@link ZhangStepsTable}: Zhang et al.'s steps-to-target-loss table. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero value where one must be positive, a repeated row, a byte that is not UTF-8), loads it through a data
 * store over the edited copy, and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='ZhangStepsTableBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ZhangStepsTableBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return BadInput.Csv.of(ZhangStepsTable.DATASET, ZhangStepsTable.FILE)
                .structure(2, "steps_to_target_final").numeric(2, "target_c4_eval_loss")
                .numeric(3, "steps_to_target_final").positive(2, "model_size_millions")
                .positive(3, "steps_to_target_final").cell("inconsistent", 2, "batch_size_tokens", "32769")
                .duplicateRow(2, "model").stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> ZhangStepsTable.load(store)));
    }
}

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
 * The bad-input matrix of {@link Gpt3Curves}: the digitised GPT-3 curves and Table 2.1's sizes. Each case edits one file of the mirror's copy (missing, empty, a
 * column dropped or miscased, an extra field, a cell that is not a number, NaN, an infinity, a negative or
 * zero count, a repeated row, a byte that is not UTF-8), loads it through a data store over the edited copy,
 * and expects an {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='Gpt3CurvesBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class Gpt3CurvesBadInputTest {

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        return Stream.concat(BadInput.Csv.of(HitchhikerData.DATASET, Gpt3Curves.FILE).structure(5593, "val_loss")
                .numeric(5593, "val_loss").numeric(2, "step").positive(5593, "step").positive(5593, "val_loss")
                .duplicateRow(5593, "val_loss").stream(),
                BadInput.Csv.of(HitchhikerData.DATASET, Gpt3Curves.METADATA).structure(2, "num_params")
                        .cell("not a size", 2, "num_params", "abc").cell("NaN", 2, "num_params", "NaNM")
                        .cell("negative", 2, "num_params", "-125M").cell("zero", 2, "num_params", "0M")
                        .duplicateRow(2, "model_name").stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> Gpt3Curves.load(store)));
    }
}

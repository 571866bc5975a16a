package org.scalingsuite.datasets.comparison;

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
 * The bad-input matrix of {@link OlmoLadderFinal}, on the mirror's {@code models.csv} and one ladder curve
 * ({@code 190M-0.5xC.csv}): each case edits one file (missing, empty, a column dropped or miscased, an extra
 * field, a cell that is not a number, NaN, an infinity, a negative or zero count, an unknown role, a repeated
 * row, a byte that is not UTF-8), loads the ladder through a data store over the edited copy, and expects an
 * {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl datasets -am verify -Dtest='OlmoLadderFinalBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class OlmoLadderFinalBadInputTest {

    private static final String CURVE = "olmo-ladder/190M-0.5xC.csv";

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        String d = OlmoLadderFinal.DATASET;
        BadInput.Csv curve = BadInput.Csv.of(d, CURVE);
        int last = curve.records().size();
        return Stream.concat(
                BadInput.Csv.of(d, OlmoLadderFinal.MODELS).structure(2, "non_embedding_params")
                        .numeric(2, "non_embedding_params").positive(3, "non_embedding_params")
                        .cell("unknown role", 2, "role", "Sampling").cell("prefix of no file", 2, "files_prefix", "190m-").duplicateRow(2, "label").stream(),
                curve.structure(2, OlmoLadderFinal.LOSS).numeric(2, OlmoLadderFinal.LOSS)
                        .numeric(3, OlmoLadderFinal.TOKENS).numeric(last, OlmoLadderFinal.LOSS)
                        .positive(2, OlmoLadderFinal.TOKENS).positive(last, OlmoLadderFinal.LOSS)
                        .cell("negative", 2, OlmoLadderFinal.STEP, "-10")
                        .cell("fractional", 2, OlmoLadderFinal.STEP, "10.5")
                        .duplicateRow(2, OlmoLadderFinal.STEP).stream());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class, () -> OlmoLadderFinal.load(store)));
    }
}

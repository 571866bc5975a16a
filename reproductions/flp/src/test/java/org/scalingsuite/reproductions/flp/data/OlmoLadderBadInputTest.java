package org.scalingsuite.reproductions.flp.data;

import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.reproductions.flp.FlpRecipe;
import org.scalingsuite.datasets.testing.BadInput;
import org.scalingsuite.datasets.testing.MirrorCopy;

/**
 * The bad-input matrix of {@link OlmoLadder#load}, on the mirror's files rather than the constructed ones of
 * {@link OlmoLadderMalformedInputTest}: {@code models.csv}, one sampling run ({@code 190M-2xC.csv}) and both
 * target files. Each case edits one file (missing, empty, a column dropped or miscased, an extra field, a cell
 * that is not a number, NaN, an infinity, a negative or zero count, an accuracy outside [0, 1], a repeated row,
 * a byte that is not UTF-8), loads the whole ladder through a data store over the edited copy, and expects an
 * {@link InvalidDataException} naming the file, line, column and value.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='OlmoLadderBadInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class OlmoLadderBadInputTest {

    private static final String LOSS = "eval/c4_en-validation/CrossEntropyLoss";
    private static final String ACCURACY = FlpRecipe.metricColumns().stream()
            .filter(c -> c.startsWith("eval/downstream/")).findFirst().orElseThrow();
    private static final String RUN = OlmoLadder.FOLDER + "190M-2xC.csv";

    @TempDir
    Path dir;

    static Stream<BadInput> cases() {
        String d = OlmoLadder.DATASET;
        return Stream.of(
                BadInput.Csv.of(d, OlmoLadder.MODELS_FILE).structure(2, "non_embedding_params")
                        .numeric(2, "non_embedding_params").positive(3, "non_embedding_params")
                        .cell("fractional", 2, "non_embedding_params", "190354176.5")
                        .cell("prefix of no file", 2, "files_prefix", "190m-")
                        .cell("prefix of no file", 2, "files_prefix", "190m-")
                        .duplicateRow(2, "label").stream(),
                BadInput.Csv.of(d, RUN).structure(2, LOSS).numeric(2, LOSS).numeric(3, ACCURACY)
                        .numeric(4, "throughput/total_tokens").positive(2, "throughput/total_tokens")
                        .positive(3, LOSS).cell("negative", 2, "_step", "-10").cell("fractional", 2, "_step", "10.5")
                        .cell("accuracy above 1", 2, ACCURACY, "1.5").cell("negative accuracy", 3, ACCURACY, "-0.5")
                        .duplicateRow(2, "_step").stream(),
                BadInput.Csv.of(d, OlmoLadder.SEVEN_B_FILE).structure(2, LOSS).numeric(2, LOSS)
                        .positive(2, "throughput/total_tokens").duplicateRow(2, null).stream(),
                BadInput.Csv.of(d, OlmoLadder.THIRTEEN_B_FILE).structure(2, "batch_size_in_tokens")
                        .numeric(2, LOSS).positive(2, "batch_size_in_tokens").positive(3, LOSS)
                        .duplicateRow(2, "_step").stream())
                .flatMap(s -> s);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rejectedNamingFileLineColumnAndValue(BadInput c) {
        MirrorCopy store = new MirrorCopy(dir);
        c.edit().accept(store);
        c.assertNamedBy(assertThrows(InvalidDataException.class,
                () -> OlmoLadder.load(store, FlpRecipe.metricColumns())));
    }
}

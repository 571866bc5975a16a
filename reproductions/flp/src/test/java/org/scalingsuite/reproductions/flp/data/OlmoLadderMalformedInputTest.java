package org.scalingsuite.reproductions.flp.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;

/**
 * The OLMo ladder loaders reject bad input with the file, line, column and value: a missing column, a value
 * that is not a number, a loss that is not positive, an accuracy outside [0, 1], steps out of order, an
 * unknown model role, a duplicate model. Good rows are read by header name, in any column order. Data:
 * small constructed files in the upstream formats.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='OlmoLadderMalformedInputTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class OlmoLadderMalformedInputTest {

    private static final String LOSS = "eval/c4_en-validation/CrossEntropyLoss";
    private static final String ACC = "eval/downstream/piqa_val_rc_5shot_len_norm";
    private static final List<String> METRICS = List.of(LOSS, ACC);

    @TempDir
    Path dir;

    private Path write(String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    private InvalidDataException reject(String text) throws IOException {
        Path p = write("run.csv", text);
        return assertThrows(InvalidDataException.class, () -> OlmoLadder.readEvaluations(p, "run.csv", METRICS,
                OlmoLadder.TokenRule.TOTAL_TOKENS, true));
    }

    @Test
    void readsRowsByHeaderNameInAnyOrder() throws IOException {
        Path p = write("run.csv", "throughput/total_tokens," + ACC + ",_step,extra," + LOSS + "\n"
                + "1000,0.6,10,x,3.5\n2000,0.65,20,y,3.2\n");
        List<Checkpoint> rows = OlmoLadder.readEvaluations(p, "olmo-ladder/run.csv", METRICS,
                OlmoLadder.TokenRule.TOTAL_TOKENS, true);
        assertEquals(2, rows.size());
        assertEquals(3.2, rows.get(1).metric(LOSS), 0);
        assertEquals(0.65, rows.get(1).metric(ACC), 0);
        assertEquals(20, rows.get(1).step());
        assertEquals(3, rows.get(1).line());
        assertEquals(2000, rows.get(1).tokens(), 0);
        assertEquals(6 * 10 * 2000, rows.get(1).compute(10), 0);
    }

    @Test
    void tokensFromStepsTimesBatch() throws IOException {
        Path p = write("t.csv", "_step,batch_size_in_tokens," + LOSS + "," + ACC + "\n596057,8388608,2.43,0.8\n");
        List<Checkpoint> rows = OlmoLadder.readEvaluations(p, "t.csv", METRICS, OlmoLadder.TokenRule.STEP_TIMES_BATCH,
                true);
        assertEquals(596057.0 * 8388608, rows.get(0).tokens(), 0);
    }

    @Test
    void missingColumn() throws IOException {
        InvalidDataException e = reject("_step,throughput/total_tokens," + LOSS + "\n10,1000,3.5\n");
        assertEquals(ACC, e.column());
        assertEquals(1, e.line());
    }

    @Test
    void notANumber() throws IOException {
        InvalidDataException e = reject("_step,throughput/total_tokens," + LOSS + "," + ACC + "\n10,1000,3.5,0.6\n"
                + "20,2000,abc,0.6\n");
        assertEquals(3, e.line());
        assertEquals(LOSS, e.column());
        assertEquals("abc", e.value());
        assertTrue(e.getMessage().contains("run.csv"), e.getMessage());
    }

    @Test
    void lossMustBePositiveAndAccuracyAFraction() throws IOException {
        InvalidDataException loss = reject("_step,throughput/total_tokens," + LOSS + "," + ACC + "\n10,1000,0,0.6\n");
        assertEquals(LOSS, loss.column());
        InvalidDataException acc = reject("_step,throughput/total_tokens," + LOSS + "," + ACC + "\n10,1000,3,1.2\n");
        assertEquals(ACC, acc.column());
        assertEquals(2, acc.line());
        InvalidDataException nan = reject("_step,throughput/total_tokens," + LOSS + "," + ACC + "\n10,1000,NaN,0.5\n");
        assertEquals(LOSS, nan.column());
    }

    @Test
    void stepsMustIncrease() throws IOException {
        InvalidDataException e = reject("_step,throughput/total_tokens," + LOSS + "," + ACC + "\n20,1000,3.5,0.6\n"
                + "20,2000,3.4,0.6\n");
        assertEquals(3, e.line());
        assertEquals("_step", e.column());
        assertEquals("20", e.value());
    }

    @Test
    void emptyFile() throws IOException {
        InvalidDataException e = reject("_step,throughput/total_tokens," + LOSS + "," + ACC + "\n");
        assertTrue(e.getMessage().contains("no checkpoints"), e.getMessage());
    }

    @Test
    void modelsFile() throws IOException {
        String header = "label,files_prefix,non_embedding_params,role\n";
        Path good = write("models.csv", header + "190M,190M-,190354176,sampling\n7B-4T,peteish7_,6887575552,target\n");
        List<ModelSpec> models = OlmoLadder.readModels(good, "models.csv");
        assertEquals(ModelSpec.Role.TARGET, models.get(1).role());
        assertEquals(6887575552.0, models.get(1).nonEmbeddingParameters(), 0);

        Path role = write("m1.csv", header + "190M,190M-,190354176,teacher\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> OlmoLadder.readModels(role, "m1"));
        assertEquals("role", e.column());
        assertEquals("teacher", e.value());
        Path dup = write("m2.csv", header + "190M,190M-,190354176,sampling\n190M,x-,5,sampling\n");
        e = assertThrows(InvalidDataException.class, () -> OlmoLadder.readModels(dup, "m2"));
        assertEquals(3, e.line());
        assertEquals("label", e.column());
        Path count = write("m3.csv", header + "190M,190M-,-5,sampling\n");
        e = assertThrows(InvalidDataException.class, () -> OlmoLadder.readModels(count, "m3"));
        assertEquals("non_embedding_params", e.column());
    }
}

package org.scalingsuite.reproductions.hitchhiker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvReader;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.hitchhiker.data.Checkpoint;
import org.scalingsuite.reproductions.hitchhiker.data.ChinchillaIsoFlops;
import org.scalingsuite.reproductions.hitchhiker.data.DatablationsCurves;
import org.scalingsuite.reproductions.hitchhiker.data.Gpt3Curves;
import org.scalingsuite.reproductions.hitchhiker.data.HitchhikerData;
import org.scalingsuite.reproductions.hitchhiker.data.ModelFamily;
import org.scalingsuite.reproductions.hitchhiker.data.OlmoCurves;
import org.scalingsuite.reproductions.hitchhiker.data.OptTrajectories;
import org.scalingsuite.reproductions.hitchhiker.data.PythiaEvals;
import org.scalingsuite.reproductions.hitchhiker.data.T5PileCurves;

/**
 * The family loaders: row counts as the mirror's SOURCE.md states them (asserted as claims), each family's loss
 * definition (OPT raw perplexity, GPT-3 validation loss in nats, Pile-T5 and Pythia log2 perplexity, OLMo mean
 * cross-entropy), tokens and sizes, and rejection of bad input with file, line, column and value.
 * Data: the hitchhiker byte copies and the rebuilt Pythia table. Method: loaders read by header name.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='DataLoadersTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class DataLoadersTest {

    private static final DataStore DATA = DatasetStore.standard();

    @TempDir
    Path dir;

    @Test
    void rowCountsMatchSourceMd() {
        for (String id : List.of("data.opt.rows", "data.opt.models", "data.gpt3.val_points", "data.chinchilla.rows",
                "data.chinchilla.models", "data.datablations.rows", "data.datablations.families", "data.olmo.rows",
                "data.t5.rows", "data.pythia.rows", "data.pythia.checkpoints_per_model",
                "data.pythia.checkpoints_after_cut")) {
            HitchhikerReportFixture.reproduced(id);
        }
        // SOURCE.md prints 12,096 (a line count of a file whose last row has no line break); the file has 12,097.
        assertEquals(12097, HitchhikerReportFixture.report().claim("data.gpt3.rows").reproduced());
    }

    /** @return the raw text of {@code column} on each line of a file. */
    private static Map<Long, String> column(String file, String column) {
        Map<Long, String> values = new HashMap<>();
        CsvReader.forEach(DATA.path(HitchhikerData.DATASET, file), List.of(column),
                row -> values.put(row.line(), row.optionalText(column)));
        return values;
    }

    @Test
    void optIsFittedOnRawPerplexityWithStepTimesBatchTokens() {
        ModelFamily opt = OptTrajectories.load(DATA);
        assertEquals(List.of("OPT-125m", "OPT-1.3b", "OPT-6.7b", "OPT-13b", "OPT-30b", "OPT-175b"), opt.models());
        Map<Long, String> ppl = column(OptTrajectories.FILE, "ppl");
        for (Checkpoint c : opt.checkpoints()) {
            assertEquals(Double.parseDouble(ppl.get(c.line())), c.loss(), 0.0, "raw perplexity, line " + c.line());
        }
        Checkpoint first = opt.checkpoints().get(0);
        assertEquals(2000 * 0.5e6, first.tokens(), 0.0, "125m: 2,000 steps of 0.5M tokens");
        assertEquals(1.25e8, first.parameters(), 0.0);
        assertEquals(36, opt.count("OPT-125m"));
        assertEquals(30, opt.count("OPT-175b"));
    }

    @Test
    void gpt3IsFittedOnValidationLossWithBillionsOfTokens() {
        ModelFamily gpt3 = Gpt3Curves.load(DATA);
        assertEquals(8, gpt3.models().size());
        assertEquals(1.25e8, gpt3.parameters("gpt3-small"), 0.0);
        assertEquals(1.3e9, gpt3.parameters("gpt3-xl"), 1.0);
        assertEquals(1.75e11, gpt3.parameters("gpt3-175b"), 1.0);
        Map<Long, String> val = column(Gpt3Curves.FILE, "val_loss");
        Map<Long, String> step = column(Gpt3Curves.FILE, "step");
        for (Checkpoint c : gpt3.checkpoints()) {
            assertEquals(Double.parseDouble(val.get(c.line())), c.loss(), 0.0);
            assertEquals(Double.parseDouble(step.get(c.line())) * 1e9, c.tokens(), 0.0);
        }
        assertEquals(12097 - 6506, gpt3.rowsSkipped(), "train-curve rows are counted, not used");
    }

    @Test
    void perplexityFamiliesUseLog2() {
        ModelFamily t5 = T5PileCurves.load(DATA);
        Map<Long, String> ppl = column(T5PileCurves.FILE, "val_perplexity");
        for (Checkpoint c : t5.checkpoints()) {
            assertEquals(Math.log(Double.parseDouble(ppl.get(c.line()))) / Math.log(2), c.loss(), 1e-12);
        }
        assertEquals(4, t5.models().size());
        ModelFamily pythia = PythiaEvals.load(DATA).get("pythia");
        Map<Long, String> lambada = column(PythiaEvals.FILE, "lambada_openai_ppl");
        for (Checkpoint c : pythia.checkpoints()) {
            assertEquals(Math.log(Double.parseDouble(lambada.get(c.line()))) / Math.log(2), c.loss(), 1e-12);
        }
        assertEquals(List.of("pythia-70m", "pythia-160m", "pythia-410m", "pythia-1.4b", "pythia-2.8b", "pythia-6.9b",
                "pythia-12b"), pythia.models(), "v1 zero-shot, non-deduplicated; 1b-bf16 is a variant");
        assertEquals(8, PythiaEvals.load(DATA).get("pythia-deduped").models().size());
    }

    @Test
    void olmoAveragesItsCrossEntropiesAndLeavesOutTheTwin() {
        ModelFamily olmo = OlmoCurves.load(DATA);
        assertEquals(List.of("OLMo-1B", "OLMo-7B"), olmo.models());
        assertEquals(444, olmo.rowsSkipped(), "OLMo-7B-Twin-2T rows");
        assertEquals(1708 - 444, olmo.checkpoints().size());
        for (Checkpoint c : olmo.checkpoints()) {
            assertTrue(c.loss() > 1 && c.loss() < 12, "a mean cross-entropy in nats: " + c.loss());
        }
    }

    @Test
    void chinchillaAndDatablationsFamilies() {
        ModelFamily chinchilla = ChinchillaIsoFlops.load(DATA);
        assertEquals(43, chinchilla.models().size());
        for (Checkpoint c : chinchilla.checkpoints()) {
            assertEquals(0, c.parameters() % 1e7, 0.0, "N rounded to 1e7");
        }
        Map<String, ModelFamily> datablations = DatablationsCurves.load(DATA);
        assertEquals(16, datablations.size());
        datablations.values().forEach(f -> assertEquals(3, f.models().size(), f.name()));
    }

    @Test
    void badValuesAreRejectedWithFileLineAndColumn() throws IOException {
        Path bad = dir.resolve("opt.csv");
        Files.writeString(bad, "model_name,model_size,steps,num_token,flops,ppl\n"
                + "OPT,125m,2000,9.0,17.8,67.5\n"
                + "OPT,125m,6000,9.477121254719663,18.3,abc\n");
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> OptTrajectories.read(bad));
        assertEquals(3, e.line());
        assertEquals("ppl", e.column());
        assertEquals("abc", e.value());
        assertTrue(e.getMessage().contains(bad.toString()));

        Path size = dir.resolve("opt-size.csv");
        Files.writeString(size, "model_name,model_size,steps,num_token,flops,ppl\nOPT,2.7b,2000,9.0,17.8,67.5\n");
        InvalidDataException e2 = assertThrows(InvalidDataException.class, () -> OptTrajectories.read(size));
        assertEquals("model_size", e2.column());

        Path tokens = dir.resolve("opt-tokens.csv");
        Files.writeString(tokens, "model_name,model_size,steps,num_token,flops,ppl\nOPT,125m,2000,9.5,17.8,67.5\n");
        InvalidDataException e3 = assertThrows(InvalidDataException.class, () -> OptTrajectories.read(tokens));
        assertEquals("num_token", e3.column(), "tokens must agree with steps x batch");

        Path gpt = dir.resolve("gpt3.csv");
        Files.writeString(gpt, "model,step,train_loss,val_loss\nhuge,1.0,,3.0\n");
        InvalidDataException e4 = assertThrows(InvalidDataException.class,
                () -> Gpt3Curves.read(gpt, DATA.path(HitchhikerData.DATASET, Gpt3Curves.METADATA)));
        assertEquals(2, e4.line());
        assertEquals("model", e4.column());
    }
}

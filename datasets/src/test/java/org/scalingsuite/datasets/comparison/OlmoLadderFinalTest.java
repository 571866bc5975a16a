package org.scalingsuite.datasets.comparison;

// The OLMo ladder's final losses, read from the 25 upstream curves (flp/olmo-ladder/*.csv): 5 sizes x 5
// multiples, and every value equal to the derived table olmo-ladder-final/ladder_final_losses.csv that was
// made from the same files. Malformed curves are rejected with file, line, column and value. The mirror
// tests are skipped when the mirror is absent.

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
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.core.reproduction.DataStore;
import org.scalingsuite.datasets.csv.CsvTable;
import org.scalingsuite.datasets.store.DatasetStore;

class OlmoLadderFinalTest {

    @TempDir
    Path cache;
    @TempDir
    Path work;

    @Test
    void finalCheckpointsMatchTheDerivedTable() {
        DatasetStore store = MirrorStore.of(cache);
        List<OlmoLadderRun> runs = OlmoLadderFinal.load(store);
        assertEquals(25, runs.size());
        assertEquals(5, runs.stream().mapToDouble(OlmoLadderRun::n).distinct().count());
        Map<String, OlmoLadderRun> byFile = new HashMap<>();
        for (OlmoLadderRun r : runs) {
            byFile.put(r.file().substring(r.file().lastIndexOf('/') + 1), r);
        }
        CsvTable derived = CsvTable.read(store.path("olmo-ladder-final", "ladder_final_losses.csv"), "source_path",
                "n_params", "tokens", "final_step", "c4_en");
        assertEquals(25, derived.size());
        derived.rows().forEach(row -> {
            String path = row.text("source_path");
            OlmoLadderRun r = byFile.get(path.substring(path.lastIndexOf('/') + 1));
            assertEquals(row.number("n_params"), r.n(), path);
            assertEquals(row.number("tokens"), r.tokens(), path);
            assertEquals(row.longValue("final_step"), r.step(), path);
            assertEquals(row.number("c4_en"), r.loss(), 0, path);
        });
        double ratio = runs.get(0).tokens() / runs.get(0).n();
        // 0.5xC is 10 tokens per non-embedding parameter, up to whole batches of 524,288 tokens (10.03 at 190M).
        assertEquals(10, ratio, 0.05, "0.5xC tokens per parameter");
    }

    @Test
    void runSetHasTheLadderAsObservations() {
        RunSet set = OlmoLadderFinal.runSet(MirrorStore.of(cache));
        assertEquals(25, set.runs().size());
        assertEquals(5, set.modelSizes().length);
        assertTrue(set.notes().get(0).startsWith("25 runs"), set.notes().toString());
    }

    @Test
    void rejectsStepsThatDoNotIncrease() throws IOException {
        Path models = work.resolve("models.csv");
        Files.writeString(models, "label,files_prefix,non_embedding_params,role\n190M,190M-,190354176,sampling\n");
        Path curve = work.resolve("curve.csv");
        Files.writeString(curve, "_step,throughput/total_tokens,eval/c4_en-validation/CrossEntropyLoss\n"
                + "10,1000,4.0\n20,2000,3.9\n15,3000,3.8\n");
        DataStore store = (dataset, file) -> file.equals(OlmoLadderFinal.MODELS) ? models : curve;
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> OlmoLadderFinal.load(store));
        assertEquals(4, e.line());
        assertEquals("_step", e.column());
        assertTrue(e.getMessage().contains("15"), e.getMessage());
    }

    @Test
    void rejectsAMissingFinalLoss() throws IOException {
        Path models = work.resolve("models.csv");
        Files.writeString(models, "label,files_prefix,non_embedding_params,role\n190M,190M-,190354176,sampling\n");
        Path curve = work.resolve("curve.csv");
        Files.writeString(curve, "_step,throughput/total_tokens,eval/c4_en-validation/CrossEntropyLoss\n"
                + "10,1000,4.0\n20,2000,\n");
        DataStore store = (dataset, file) -> file.equals(OlmoLadderFinal.MODELS) ? models : curve;
        InvalidDataException e = assertThrows(InvalidDataException.class, () -> OlmoLadderFinal.load(store));
        assertEquals(3, e.line());
        assertEquals(OlmoLadderFinal.LOSS, e.column());
    }
}

package org.scalingsuite.reproductions.overtraining.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingsuite.datasets.csv.CsvReader;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.overtraining.GadreRecipe;

/**
 * Checks the released testbed of Gadre et al. (2024) as the loaders read it from the authors' JSON files: 104
 * models (C4 34, RedPajama 35, RefinedWeb 35), D = 20 x cc_mult x N exactly in every file, 8 validation losses
 * and 46 tasks per model; and cross-checks every parsed value against the mirror's flattened
 * overtraining_models.csv (derived from the same files, used here only as a check): N, D, M, C = 6ND, the 8 losses
 * and their sequence-bootstrap bounds exactly, per-task errors and the 17- and 46-task means to 1e-12, and the
 * fit-set and target flags against the recipe's selections.
 * Data: models/*.json, evals/*.json, eval_metadata.csv, overtraining_models.csv. Method: {@link Testbed#load}.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='TestbedDataTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class TestbedDataTest {

    private static final Testbed TESTBED = Testbed.load(DatasetStore.standard());

    @Test
    void countsAndStructure() {
        assertEquals(104, TESTBED.runs().size());
        assertEquals(34, TESTBED.runs(TrainingSet.C4).size());
        assertEquals(35, TESTBED.runs(TrainingSet.RED_PAJAMA).size());
        assertEquals(35, TESTBED.runs(TrainingSet.REFINED_WEB).size());
        assertEquals(104, TESTBED.evalFiles());
        assertEquals(46, TESTBED.tasks().size());
        assertEquals(51, TESTBED.metadataRows());
        assertTrue(TESTBED.tasks().containsAll(GadreRecipe.SUBSET_17));
        assertTrue(TESTBED.multiplierMismatches().isEmpty());
        for (ModelRun r : TESTBED.runs()) {
            assertEquals(8, r.losses().size(), r.name());
            assertEquals(46, r.accuracies().size(), r.name());
            assertEquals((double) r.tokens(), r.multiplier() * r.parameters(), r.name());
        }
        // C4 lacks only 0.411B at M = 640; every other small shape x multiplier exists on every training set.
        assertEquals(0, TESTBED.select(r -> r.trainingSet() == TrainingSet.C4
                && r.shape() == ModelShape.D1024_L24_H8 && r.multiplier() == 640).size());
    }

    @Test
    void chanceLevelErrorOfTheSplits() {
        // eval_metadata.csv: mean chance-level error 0.75 over the 46 tasks and 0.8088 over the 17-task split.
        double all = TESTBED.tasks().stream().mapToDouble(t -> 1 - TESTBED.randomBaselines().get(t) / 100)
                .average().orElseThrow();
        double subset = GadreRecipe.SUBSET_17.stream().mapToDouble(t -> 1 - TESTBED.randomBaselines().get(t) / 100)
                .average().orElseThrow();
        assertEquals(0.75, all, 0.005);
        assertEquals(0.8088, subset, 0.00005);
    }

    @Test
    void parsedValuesEqualTheFlattenedCsv() {
        Map<String, ModelRun> byName = new HashMap<>();
        TESTBED.runs().forEach(r -> byName.put(r.name(), r));
        int[] rows = {0};
        CsvReader.forEach(DatasetStore.standard().path(Testbed.DATASET, "overtraining_models.csv"),
                List.of("name", "dataset", "N", "D", "M", "C_flops", "err_avg17", "err_avg46"), row -> {
                    ModelRun r = byName.get(row.text("name"));
                    assertTrue(r != null, "CSV run " + row.text("name") + " not parsed");
                    String at = r.name();
                    assertEquals(r.trainingSet().key(), row.text("dataset"), at);
                    assertEquals((double) r.parameters(), row.number("N"), at);
                    assertEquals((double) r.tokens(), row.number("D"), at);
                    assertEquals(r.multiplier(), row.number("M"), at);
                    assertEquals(r.compute(), row.number("C_flops"), 1e-15 * r.compute(), at);
                    for (ValidationLoss l : r.losses().values()) {
                        assertEquals(row.number("loss_" + l.set()), l.loss(), at + " " + l.set());
                        assertEquals(row.number("loss_" + l.set() + "_seq_lo95"), l.sequencesLower(), at);
                        assertEquals(row.number("loss_" + l.set() + "_seq_hi95"), l.sequencesUpper(), at);
                    }
                    for (String task : TESTBED.tasks()) {
                        assertEquals(row.number("err_" + task), 1 - r.accuracies().get(task), 1e-15, at + " " + task);
                    }
                    assertEquals(row.number("err_avg17"), r.meanError(GadreRecipe.SUBSET_17), 1e-12, at);
                    assertEquals(row.number("err_avg46"), r.meanError(TESTBED.tasks()), 1e-12, at);
                    assertEquals(Boolean.parseBoolean(row.text("default_loss_fit")), GadreRecipe.inLossFit(r), at);
                    assertEquals(Boolean.parseBoolean(row.text("default_error_fit")), GadreRecipe.inErrorFit(r), at);
                    assertEquals(Boolean.parseBoolean(row.text("headline_target")),
                            GadreRecipe.isOvertrainedTarget(r) || GadreRecipe.isLargeTarget(r), at);
                    rows[0]++;
                });
        assertEquals(104, rows[0]);
    }

    @Test
    void validationSetKeysFollowTheAuthorsRule() {
        assertEquals("c4_val", Testbed.validationKey("/home/x/eval_data/c4_val/shard-0000000.tar"));
        assertEquals("val_de-en_100", Testbed.validationKey("/home/x/eval_data/de-en/val_de-en_100.tar"));
        assertEquals(List.of("openlm", "c4_val", "paloma_c4_en", "paloma_dolma_100_programing_languages",
                "paloma_falcon-refinedweb", "paloma_ptb", "paloma_redpajama", "val_de-en_100").stream().sorted()
                .toList(), TESTBED.runs().get(0).losses().keySet().stream().sorted().toList());
    }
}

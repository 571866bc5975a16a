package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import java.util.List;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.flp.data.Checkpoint;
import org.scalingsuite.reproductions.flp.data.LadderData;
import org.scalingsuite.reproductions.flp.data.OlmoLadder;
import org.scalingsuite.reproductions.flp.data.Target;

/**
 * FLP-M's stage 2 on the stand-in (table {@code flpm}): a two-layer ReLU network (8 hidden units, L2 1e-4, 5
 * seeded L-BFGS starts) from the c4 and dolma_stack (code) validation losses to accuracy, fitted per task on
 * the emerged checkpoints of the 25 OLMo ladder runs and fed the 7B and 13B targets' actual losses, beside the
 * linear stage 2 fed the actual c4 loss. No public mixture sweep exists, so FLP-M's published numbers cannot
 * be reproduced; only loose properties are asserted: determinism for a fixed seed (a network retrained alone equals the report's),
 * accuracies in [0, 1], a training fit at least as good as the linear map's, and errors of the same order.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='FlpMStage2Test' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class FlpMStage2Test {

    private static final String[] TARGETS = {"7B-4T", "13B-5T"};

    @Test
    void fixedSeedGivesTheSameNetworkWhenRetrainedAlone() {
        Benchmark task = FlpRecipe.BENCHMARKS.get(1);
        LadderData data = OlmoLadder.load(DatasetStore.standard(), FlpRecipe.metricColumns());
        List<Checkpoint> kept = FlpRecipe.emergenceFilter().select(
                data.runs().stream().flatMap(r -> r.checkpoints().stream()).toList(), task).kept();
        double[][] x = kept.stream().map(FlpAnalysis::domainLosses).toArray(double[][]::new);
        double[] y = kept.stream().mapToDouble(task::accuracy).toArray();
        NetworkTrainer.Result alone = NetworkTrainer.withDefaults().fit(x, y);
        Target seven = data.target(OlmoLadder.SEVEN_B);
        assertEquals(FlpReportFixture.cell("flpm", "network (c4 + code losses)", task.name(), "7B-4T"),
                alone.network().predict(FlpAnalysis.domainLosses(seven.checkpoint())), 0,
                "the report's networks were trained on several threads; the result must not depend on it");
        assertEquals(FlpReportFixture.cell("flpm", "network training MSE", task.name(), "7B-4T"), alone.trainingMse(), 0);
    }

    @Test
    void networkPredictionsAreAccuracies() {
        for (Benchmark b : FlpRecipe.BENCHMARKS) {
            for (String t : TARGETS) {
                double p = FlpReportFixture.cell("flpm", "network (c4 + code losses)", b.name(), t);
                assertTrue(p >= 0 && p <= 1, b.name() + " " + t + ": " + p);
            }
        }
    }

    @Test
    void networkFitsTheTrainingCheckpointsAtLeastAsWellAsTheLinearMap() {
        for (Benchmark b : FlpRecipe.BENCHMARKS) {
            double linear = FlpReportFixture.cell("flpm", "linear training MSE", b.name(), "7B-4T");
            double network = FlpReportFixture.cell("flpm", "network training MSE", b.name(), "7B-4T");
            assertTrue(network <= linear, b.name() + ": network " + network + ", linear " + linear);
        }
    }

    @Test
    void networkErrorsAreOfTheSameOrderAsTheLinearStage2() {
        for (String t : TARGETS) {
            double worst = 0;
            for (Benchmark b : FlpRecipe.BENCHMARKS) {
                worst = Math.max(worst, Math.abs(FlpReportFixture.cell("flpm", "network error (%)", b.name(), t)));
            }
            assertTrue(worst < 25, t + ": worst network error " + worst + "%");
            double mean = FlpReportFixture.cell("summary", "FLP-M stage 2 alone mean |error| (%)", t);
            double linear = FlpReportFixture.cell("summary", "stage 2 alone mean |error| (%)", t);
            assertTrue(mean < 2 * linear, t + ": network mean " + mean + "%, linear " + linear + "%");
        }
    }

    @Test
    void linearColumnIsStage2AtTheActualLoss() {
        for (Benchmark b : FlpRecipe.BENCHMARKS) {
            assertEquals(FlpReportFixture.cell("predictions", "stage 2 at actual loss", b.name(), "13B-5T"),
                    FlpReportFixture.cell("flpm", "linear (c4 loss)", b.name(), "13B-5T"), 0);
        }
    }
}

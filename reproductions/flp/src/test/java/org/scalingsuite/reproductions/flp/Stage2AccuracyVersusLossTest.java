package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Chart;

/**
 * Reproduces FLP's stage 2 (loss to accuracy) on the stand-in: per task, P = w0 + w1 L over every checkpoint of
 * the 25 OLMo ladder runs whose accuracy exceeds chance + 0.05 (table {@code stage2} and figures
 * {@code stage2-<task>}). Data: c4 validation loss and 5-shot length-normalised accuracies of 9 tasks
 * (hellaswag, ARC-C, ARC-E, PIQA, WinoGrande, CSQA, OpenBookQA, SocialIQA, MMLU = mean of four test categories).
 * Method: ordinary least squares after the paper's emergence filter. Locked values at relative 1e-6 (weights,
 * R^2, kept and dropped counts), with weights and counts matching the independent implementation's printed values.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='Stage2AccuracyVersusLossTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class Stage2AccuracyVersusLossTest {

    @Test
    void weightsAndCountsAreTheLockedValues() {
        assertEquals(27, LockedValues.checkTable("stage2"), "n, w0, w1 cross-checked for 9 tasks");
    }

    @Test
    void everyCheckpointIsEitherKeptOrCountedAsDropped() {
        int checkpoints = (int) FlpReportFixture.report().table("sampling-runs").rows().stream()
                .mapToDouble(r -> r.get(7).number()).sum();
        assertEquals(3243, checkpoints);
        for (Benchmark b : FlpRecipe.BENCHMARKS) {
            double kept = FlpReportFixture.cell("stage2", "checkpoints kept", b.name());
            double dropped = FlpReportFixture.cell("stage2", "checkpoints dropped", b.name());
            assertEquals(checkpoints, kept + dropped, b.name());
        }
    }

    @Test
    void accuracyFallsWithLossOnEveryTask() {
        for (Benchmark b : FlpRecipe.BENCHMARKS) {
            assertTrue(FlpReportFixture.cell("stage2", "w1 (per nat)", b.name()) < 0, b.name());
        }
    }

    @Test
    void oneFigurePerTaskSplitsTheCheckpointsByTheFilter() {
        for (Benchmark b : FlpRecipe.BENCHMARKS) {
            Chart chart = (Chart) FlpReportFixture.report().figures().stream()
                    .filter(f -> f.id().equals("stage2-" + b.name())).findFirst()
                    .orElseThrow(() -> new AssertionError("no figure for " + b.name()));
            int kept = (int) FlpReportFixture.cell("stage2", "checkpoints kept", b.name());
            int dropped = (int) FlpReportFixture.cell("stage2", "checkpoints dropped", b.name());
            assertEquals(kept, chart.series().get(0).size(), b.name());
            assertEquals(dropped, chart.series().get(1).size(), b.name());
            for (double y : chart.series().get(0).y()) {
                assertTrue(y > b.chance() + FlpRecipe.EMERGENCE_MARGIN, b.name());
            }
            for (double y : chart.series().get(1).y()) {
                assertTrue(y <= b.chance() + FlpRecipe.EMERGENCE_MARGIN, b.name());
            }
            double[] lx = chart.series().get(2).x();
            double[] ly = chart.series().get(2).y();
            assertEquals(FlpReportFixture.cell("stage2", "w1 (per nat)", b.name()), (ly[1] - ly[0]) / (lx[1] - lx[0]),
                    1e-9, "the drawn line is the fit");
            assertEquals("nats/token", chart.x().unit());
        }
    }
}

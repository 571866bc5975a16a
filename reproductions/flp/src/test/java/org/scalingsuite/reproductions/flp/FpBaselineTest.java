package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Reproduces the FLOPs-to-performance (FP) baseline on the stand-in (table {@code fp-baseline}): per task,
 * P = a + b log10 C over the 25 OLMo ladder runs' final checkpoints, C = 6 N D with non-embedding N. This is
 * the suite's simple form of the paper's FP baseline, whose exact form is not public. Method: ordinary least
 * squares. Locked values at relative 1e-6.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='FpBaselineTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class FpBaselineTest {

    @Test
    void coefficientsAreTheLockedValues() {
        LockedValues.checkTable("fp-baseline");
    }

    @Test
    void accuracyRisesWithComputeOnEveryTask() {
        for (Benchmark b : FlpRecipe.BENCHMARKS) {
            assertTrue(FlpReportFixture.cell("fp-baseline", "b (per decade of compute)", b.name()) > 0, b.name());
        }
    }
}

package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;

/**
 * Reproduces the abstract's compute statements of Gadre et al. (2024): the loss of the 1.4B/900B and 6.9B/138B
 * runs predicted "each from experiments that take 300x less compute", and their top-1 error "using experiments
 * that take 20x less compute". Data: N and D of the released model files. Method: target compute 6ND divided by
 * the summed 6ND of the 5-run loss fit set (2.414e19 FLOP) or the 6-run error fit set (2.729e20 FLOP).
 * Recomputed ratios (paper note, section 5): 329.8x and 235.9x for the loss, 29.2x and 20.9x for the error.
 * The 6.9B loss ratio is below 300x: that claim is DEVIATES with the ratio locked.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='ComputeSavingsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ComputeSavingsTest {

    @Test
    void lossFitSavings() {
        assertEquals(329.8, OvertrainingReportFixture.reproduced("abstract.loss_compute.1b"), 0.05);
        ClaimResult large = OvertrainingReportFixture.report().claim("abstract.loss_compute.7b");
        assertEquals(ClaimStatus.DEVIATES, large.status(), large::detail);
        assertEquals(235.9, large.reproduced(), 0.05);
    }

    @Test
    void errorFitSavings() {
        assertEquals(29.2, OvertrainingReportFixture.reproduced("abstract.error_compute.1b"), 0.05);
        assertEquals(20.9, OvertrainingReportFixture.reproduced("abstract.error_compute.7b"), 0.05);
    }

    @Test
    void fitSetComputeTotals() {
        // Summed 6ND of the fit sets; the same on every training set (same N and D).
        for (String set : new String[] {"C4", "RedPajama", "RefinedWeb"}) {
            assertEquals(2.414e19, OvertrainingReportFixture.cell("compute", "loss-fit set compute (FLOP)", set,
                    "6.9B M=20"), 0.0005e19);
            assertEquals(2.729e20, OvertrainingReportFixture.cell("compute", "error-fit set compute (FLOP)", set,
                    "6.9B M=20"), 0.0005e20);
        }
        assertEquals(7.960e21, OvertrainingReportFixture.cell("compute", "compute C = 6ND (FLOP)", "RedPajama",
                "1.4B M=640"), 0.0005e21);
        assertEquals(5.696e21, OvertrainingReportFixture.cell("compute", "compute C = 6ND (FLOP)", "RedPajama",
                "6.9B M=20"), 0.0005e21);
    }
}

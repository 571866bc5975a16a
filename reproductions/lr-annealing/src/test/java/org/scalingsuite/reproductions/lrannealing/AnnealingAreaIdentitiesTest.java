package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The identities of Tissue et al.'s annealing area S2 (Section 3; definitions of the authors' example), checked on
 * constructed schedules to rounding error: S2 = 0 for a constant learning rate; the closed form
 * {@code Delta (1 - lambda^(s-k+1)) / (1 - lambda)} after a single drop at step k; {@code lambda = 0} gives the plain
 * drop {@code eta_0 - eta_s}; the momentum recurrence equals the double sum. S1 is the plain cumulative sum.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='AnnealingAreaIdentitiesTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class AnnealingAreaIdentitiesTest {

    private static final double LAMBDA = 0.999;

    @Test
    void constantLearningRateHasNoAnnealingArea() {
        double[] lr = new double[5000];
        Arrays.fill(lr, 3e-4);
        double[] s2 = AnnealingAreas.annealingArea(lr, LAMBDA);
        for (double v : s2) {
            assertEquals(0.0, v, 0.0);
        }
    }

    @Test
    void warmupAtPeakKeepsConstantScheduleFlat() {
        double[] lr = LearningRates.multiPowerLaw("constant_24000", Warmup.AT_PEAK);
        for (double v : AnnealingAreas.annealingArea(lr, LAMBDA)) {
            assertEquals(0.0, v, 0.0);
        }
    }

    @Test
    void singleDropHasClosedForm() {
        int k = 1000;
        double high = 3e-4;
        double low = 3e-5;
        double drop = high - low;
        double[] lr = new double[6000];
        Arrays.fill(lr, 0, k, high);
        Arrays.fill(lr, k, lr.length, low);
        double[] s2 = AnnealingAreas.annealingArea(lr, LAMBDA);
        for (int s = 0; s < k; s++) {
            assertEquals(0.0, s2[s], 0.0);
        }
        for (int s = k; s < lr.length; s++) {
            double closed = drop * (1 - Math.pow(LAMBDA, s - k + 1)) / (1 - LAMBDA);
            assertEquals(closed, s2[s], 1e-12 * closed, "step " + s);
        }
    }

    @Test
    void zeroMomentumGivesPlainDrop() {
        double[] lr = LearningRates.multiPowerLaw("cosine_24000", Warmup.AT_PEAK);
        double[] s2 = AnnealingAreas.annealingArea(lr, 0);
        for (int s = 0; s < lr.length; s++) {
            assertEquals(lr[0] - lr[s], s2[s], 1e-15, "step " + s);
        }
    }

    @Test
    void recurrenceEqualsDoubleSum() {
        double[] lr = LearningRates.cosine(1200, 100, 3e-4, 0, 0.8, Warmup.LINEAR);
        double[] s2 = AnnealingAreas.annealingArea(lr, LAMBDA);
        for (int s : new int[] {0, 1, 2, 99, 100, 101, 500, 959, 960, 1199}) {
            double reference = AnnealingAreas.annealingAreaByDoubleSum(lr, LAMBDA, s);
            assertEquals(reference, s2[s], 1e-12 * Math.max(1e-3, Math.abs(reference)), "step " + s);
        }
    }

    @Test
    void forwardAreaIsCumulativeSumFromStepZero() {
        double[] lr = {1, 2, 3, 4};
        double[] s1 = AnnealingAreas.forwardArea(lr);
        assertEquals(1.0, s1[0], 0.0);
        assertEquals(10.0, s1[3], 0.0);
    }
}

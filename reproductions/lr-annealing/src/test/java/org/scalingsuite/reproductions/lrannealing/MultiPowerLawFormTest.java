package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * The Multi-Power Law's forward pass (Luo et al. 2025, Eq. 1) on constructed schedules: with no change of learning
 * rate the loss-drop term vanishes and the law is L0 + A S1^-alpha; after one drop it equals the closed form
 * {@code B Delta (1 - (1 + C eta^-gamma (S1(s) - S1(k-1)))^-beta)}; skipping unchanged steps equals the full sum.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='MultiPowerLawFormTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class MultiPowerLawFormTest {

    private static final MultiPowerLaw LAW = new MultiPowerLaw(2.4, 0.65, 0.43, 523.4, 2.02, 0.59, 0.63);

    @Test
    void constantScheduleHasNoLossDrop() {
        double[] lr = new double[3000];
        Arrays.fill(lr, 3e-4);
        double[] p = LAW.predict(lr, new int[] {0, 10, 2999});
        assertEquals(2.4 + 0.65 * Math.pow(3e-4, -0.43), p[0], 1e-12);
        assertEquals(2.4 + 0.65 * Math.pow(3e-4 * 3000, -0.43), p[2], 1e-12);
    }

    @Test
    void singleDropHasClosedForm() {
        int k = 1000;
        double[] lr = new double[3000];
        Arrays.fill(lr, 0, k, 3e-4);
        Arrays.fill(lr, k, lr.length, 1e-4);
        int s = 2500;
        double s1 = 3e-4 * k + 1e-4 * (s - k + 1);
        double before = 3e-4 * k;
        double drop = 523.4 * 2e-4 * (1 - Math.pow(1 + 2.02 * Math.pow(1e-4, -0.63) * (s1 - before), -0.59));
        double expected = 2.4 + 0.65 * Math.pow(s1, -0.43) - drop;
        assertEquals(expected, LAW.predict(lr, new int[] {s})[0], 1e-12);
    }

    @Test
    void warmupStepsEnterThroughTheirChanges() {
        double[] lr = LearningRates.multiPowerLaw("wsdcon_9", Warmup.LINEAR);
        int s = 15_000;
        double[] s1 = AnnealingAreas.forwardArea(lr);
        double ld = 0;
        for (int k = 1; k <= s; k++) {
            ld += (lr[k - 1] - lr[k]) * (1 - Math.pow(1 + LAW.c() * Math.pow(lr[k], -LAW.gamma()) * (s1[s] - s1[k - 1]),
                    -LAW.beta()));
        }
        double expected = LAW.l0() + LAW.a() * Math.pow(s1[s], -LAW.alpha()) - LAW.b() * ld;
        assertEquals(expected, LAW.predict(lr, new int[] {s})[0], 1e-10);
    }
}

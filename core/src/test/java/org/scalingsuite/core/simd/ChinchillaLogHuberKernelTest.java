package org.scalingsuite.core.simd;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.ChinchillaStarts;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.LbfgsbFitter;
import org.scalingsuite.core.fit.MultiStartFitter;
import org.scalingsuite.core.fit.MultiStartResult;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.objective.Kernel;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.testing.ChinchillaData;

/*
 * Checks the SIMD kernel of the log-sum-exp Chinchilla Huber loss against the exact kernel: value and gradient
 * at 3,000 seeded parameter points near and far from Epoch's fit, on row counts that are and are not
 * multiples of the four lanes (1, 3, 7, 144 rows); the exact kernel's bits wherever an exponent leaves
 * [-708, 708] (and for NaN parameters); a 4,500-start grid fit that reaches the same optimum. Tolerances
 * from the rows' sizes: each residual r = log L - log S differs by a few ulp of log S (about 3, so under
 * 1e-14 with margin), which moves a Huber term by at most delta * 1e-14 and a gradient row (at most
 * delta * 30 in size: |psi| <= delta, |log N|, |log D| < 30) by 1e-13 of that; so the value agrees within
 * n delta 1e-14 and each gradient component within n delta 30e-13. The grid optimum agrees within 1e-12 of
 * the exact kernel's (both converge to ftol 1e-12 on the scaled objective).
 */
class ChinchillaLogHuberKernelTest {

    private static final ChinchillaLogSumExpLaw LAW = ChinchillaLogSumExpLaw.instance();
    private static final HuberLoss EXACT = HuberLoss.onLogResiduals(1e-3);
    private static final HuberLoss SIMD = EXACT.withKernel(Kernel.SIMD);

    private static Observations rows(int n) {
        Observations grid = ChinchillaData.gridWithLogNoise(ChinchillaData.EPOCH, 12, 7L, 0.02);
        int[] take = new int[n];
        for (int i = 0; i < n; i++) {
            take[i] = (i * 37) % grid.size();
        }
        return n == grid.size() ? grid : grid.select(take);
    }

    private static double[] around(Random rng, double scale) {
        double[] p = ChinchillaLogSumExpLaw.fromDirect(ChinchillaData.EPOCH);
        for (int j = 0; j < 5; j++) {
            p[j] += scale * rng.nextGaussian() * (j < 3 ? 1 : 0.05);
        }
        return p;
    }

    /** Asserts agreement relative to the size of the terms summed (a sum of mixed signs can be near zero). */
    private static void assertAgrees(DifferentiableFunction exact, DifferentiableFunction simd, double[] p, int n) {
        double delta = 1e-3;
        double[] ge = new double[5];
        double[] gs = new double[5];
        double ve = exact.valueAndGradient(p, ge);
        double vs = simd.valueAndGradient(p, gs);
        assertEquals(ve, vs, n * delta * 1e-14, () -> "value at " + Arrays.toString(p));
        for (int j = 0; j < 5; j++) {
            int k = j;
            assertEquals(ge[j], gs[j], n * delta * 30e-13, () -> "gradient " + k + " at " + Arrays.toString(p));
        }
    }

    @Test
    void agreesWithTheExactKernelOnEveryRowCount() {
        for (int n : new int[] {1, 3, 7, 144}) {
            Observations data = rows(n);
            DifferentiableFunction exact = EXACT.bind(LAW, data);
            DifferentiableFunction simd = SIMD.bind(LAW, data);
            Random rng = new Random(n);
            for (int k = 0; k < 750; k++) {
                assertAgrees(exact, simd, around(rng, k < 250 ? 1e-3 : k < 500 ? 0.3 : 3), n);
            }
        }
    }

    @Test
    void outsideTheExpDomainTheExactKernelAnswers() {
        Observations data = rows(7);
        DifferentiableFunction exact = EXACT.bind(LAW, data);
        DifferentiableFunction simd = SIMD.bind(LAW, data);
        double[][] points = {
            {800, 7, 0.5, 0.3, 0.3}, {6, -900, 0.5, 0.3, 0.3}, {6, 7, 709, 0.3, 0.3}, {6, 7, -750, 0.3, 0.3},
            {6, 7, 0.5, 60, 0.3}, {6, 7, 0.5, 0.3, -40}, {Double.NaN, 7, 0.5, 0.3, 0.3}, {6, 7, 0.5, Double.NaN, 0.3}};
        for (double[] p : points) {
            double[] ge = new double[5];
            double[] gs = new double[5];
            assertEquals(exact.valueAndGradient(p, ge), simd.valueAndGradient(p, gs), 0.0, Arrays.toString(p));
            assertEquals(Arrays.toString(ge), Arrays.toString(gs), Arrays.toString(p));
        }
    }

    @Test
    void gridFitReachesTheExactKernelsOptimum() {
        Observations data = rows(144);
        MultiStartFitter fitter = MultiStartFitter.of(LbfgsbFitter.withDefaults()).withThreads(1);
        MultiStartResult exact = fitter.fit(FitProblem.of(LAW, data, EXACT), ChinchillaStarts.hoffmannGrid());
        MultiStartResult simd = fitter.fit(FitProblem.of(LAW, data, SIMD), ChinchillaStarts.hoffmannGrid());
        assertTrue(simd.best().converged(), simd.best()::toString);
        assertEquals(exact.best().objective(), simd.best().objective(), 1e-12);
    }

    @Test
    void describesItselfAndRefusesObjectivesItDoesNotCover() {
        assertTrue(SIMD.description().endsWith(", SIMD kernel"), SIMD.description());
        Observations data = ChinchillaData.grid(new double[] {1.8, 400, 400, 0.3, 0.3}, 4);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SIMD.bind(ChinchillaLaw.instance(), data));
        assertTrue(e.getMessage().contains("SIMD kernel"), e.getMessage());
    }

    @Test
    void theVectorModuleIsLoadedForTheseTests() {
        assertTrue(Simd.available(), "core's tests run with --add-modules jdk.incubator.vector");
    }
}

package org.scalingsuite.core.objective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.law.FusedLogHuber;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.testing.ChinchillaData;

/*
 * Checks that the fused Huber kernel of the log-sum-exp Chinchilla law (FusedLogHuber: law, log residuals,
 * Huber loss and gradient in one pass) returns exactly the bits of the general path (Evaluator.logPredict,
 * then the Huber loop over the Jacobian), so that a fit does not depend on which path ran: L-BFGS-B's
 * iteration counts react to differences in the last bit. The general path is forced by unit weights (the
 * fused path serves unweighted data only). Points: random parameters around Epoch's fit and far from it
 * (residuals in both Huber zones and on their boundary), a resample with repeated rows (the kernel shares
 * exponentials between repeated rows), the mean reduction, and sums that overflow or underflow (the
 * max-shifted branch). Tolerance: none, values compared with assertEquals on doubles and gradients with
 * assertArrayEquals, both exact.
 */
class FusedHuberKernelTest {

    private static final ChinchillaLogSumExpLaw LAW = ChinchillaLogSumExpLaw.instance();

    private static Observations noisyGrid() {
        return ChinchillaData.gridWithLogNoise(ChinchillaData.EPOCH, 12, 7L, 0.02);
    }

    private static Observations unitWeights(Observations data) {
        double[] w = new double[data.size()];
        Arrays.fill(w, 1.0);
        return data.withWeights(w);
    }

    private static void assertSameBits(Observations data, HuberLoss loss, double[] p) {
        DifferentiableFunction fused = loss.bind(LAW, data);
        DifferentiableFunction general = loss.bind(LAW, unitWeights(data));
        double[] g1 = new double[5];
        double[] g2 = new double[5];
        double v1 = fused.valueAndGradient(p, g1);
        double v2 = general.valueAndGradient(p, g2);
        assertEquals(v2, v1, 0.0, () -> "value at " + Arrays.toString(p));
        assertArrayEquals(g2, g1, 0.0, () -> "gradient at " + Arrays.toString(p));
    }

    private static double[] around(Random rng, double scale) {
        double[] p = ChinchillaLogSumExpLaw.fromDirect(ChinchillaData.EPOCH);
        for (int j = 0; j < 5; j++) {
            p[j] += scale * rng.nextGaussian() * (j < 3 ? 1 : 0.05);
        }
        return p;
    }

    @Test
    void evaluatorOffersTheFusedKernel() {
        Evaluator evaluator = LAW.bind(noisyGrid());
        assertTrue(evaluator instanceof FusedLogHuber);
    }

    @Test
    void fusedKernelGivesTheBitsOfTheGeneralPath() {
        Observations data = noisyGrid();
        HuberLoss loss = HuberLoss.onLogResiduals(1e-3);
        Random rng = new Random(11);
        for (int k = 0; k < 2000; k++) {
            assertSameBits(data, loss, around(rng, k < 1000 ? 1e-3 : 1));
        }
        // At the truth most residuals are small: both zones and their boundary.
        assertSameBits(data, new HuberLoss(0.02, Space.LOG, Reduction.SUM),
                ChinchillaLogSumExpLaw.fromDirect(ChinchillaData.EPOCH));
    }

    @Test
    void repeatedRowsAndTheMeanGiveTheBitsOfTheGeneralPath() {
        Observations base = noisyGrid();
        int[] rows = new Random(3).ints(base.size(), 0, base.size()).toArray();
        Observations resample = base.select(rows);
        Random rng = new Random(5);
        for (HuberLoss loss : new HuberLoss[] {HuberLoss.onLogResiduals(1e-3),
                new HuberLoss(1e-2, Space.LOG, Reduction.MEAN)}) {
            for (int k = 0; k < 500; k++) {
                assertSameBits(resample, loss, around(rng, 0.1));
            }
        }
    }

    @Test
    void overflowingAndUnderflowingSumsGiveTheBitsOfTheGeneralPath() {
        Observations data = noisyGrid();
        HuberLoss loss = HuberLoss.onLogResiduals(1e-3);
        // e^a / N^alpha overflows for a = 800; every term underflows for a = b = e = -800.
        assertSameBits(data, loss, new double[] {800, 6, 0.5, 0.3, 0.3});
        assertSameBits(data, loss, new double[] {-800, -800, -800, 0.3, 0.3});
        double[] g = new double[5];
        double v = loss.bind(LAW, data).valueAndGradient(new double[] {800, 6, 0.5, 0.3, 0.3}, g);
        assertTrue(Double.isFinite(v));
        assertFalse(Double.isNaN(g[0]));
    }
}

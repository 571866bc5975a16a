package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The closed-form estimators behind FLP's stages and the FP baseline, on synthetic data with known parameters:
 * exact data must give the parameters back to 1e-9 (relative), at the ladder's magnitudes (C ~ 1e17-1e23 FLOP,
 * where ln C ~ 40-53 stresses a naive one-pass formula), and noisy data the textbook OLS solution.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='ClosedFormFitsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ClosedFormFitsTest {

    @Test
    void stage1RecoversAKnownPowerLaw() {
        double alpha = -0.0399;
        double cN = 3.9e32;
        double[] c = new double[25];
        double[] loss = new double[25];
        for (int i = 0; i < c.length; i++) {
            c[i] = 1e17 * Math.pow(10, 5.0 * i / 24);
            loss[i] = Math.pow(c[i] / cN, alpha);
        }
        Stage1Fit fit = Stage1Fit.fit(c, loss);
        assertEquals(alpha, fit.alphaN(), 1e-9 * Math.abs(alpha));
        assertEquals(cN, fit.cN(), 1e-9 * cN * 50);
        assertEquals(1, fit.line().rSquared(), 1e-12);
        assertEquals(Math.pow(1.6e23 / cN, alpha), fit.predict(1.6e23), 1e-12);
        assertEquals(fit.predict(2e23), ComputeLossLaw.instance().predict(new double[] {2e23}, fit.parameters()),
                1e-12);
    }

    @Test
    void stage2RecoversAKnownLine() {
        double[] loss = {2.6, 2.8, 3.0, 3.3, 3.7};
        double[] accuracy = new double[loss.length];
        for (int i = 0; i < loss.length; i++) {
            accuracy[i] = 1.961 - 0.471 * loss[i];
        }
        LinearFit fit = LinearFit.of(loss, accuracy);
        assertEquals(1.961, fit.intercept(), 1e-12);
        assertEquals(-0.471, fit.slope(), 1e-12);
        assertEquals(0, fit.residualSumOfSquares(), 1e-24);
    }

    @Test
    void noisyDataGiveTheTextbookSolution() {
        Random random = new Random(7);
        int n = 200;
        double[] x = new double[n];
        double[] y = new double[n];
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < n; i++) {
            x[i] = 17 + 6 * random.nextDouble();
            y[i] = 0.3 + 0.05 * x[i] + 0.01 * random.nextGaussian();
            sx += x[i];
            sy += y[i];
            sxx += x[i] * x[i];
            sxy += x[i] * y[i];
        }
        double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
        LinearFit fit = LinearFit.of(x, y);
        assertEquals(slope, fit.slope(), 1e-9);
        assertEquals((sy - slope * sx) / n, fit.intercept(), 1e-8);
        FlopsPerformanceFit fp = FlopsPerformanceFit.fit(FlpRecipe.BENCHMARKS.get(0),
                java.util.Arrays.stream(x).map(v -> Math.pow(10, v)).toArray(), y);
        assertEquals(slope, fp.line().slope(), 1e-9, "FP regresses on log10 C");
    }

    @Test
    void degenerateInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(new double[] {1}, new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> LinearFit.of(new double[] {2, 2}, new double[] {1, 3}));
        assertThrows(IllegalArgumentException.class,
                () -> LinearFit.of(new double[] {1, Double.NaN}, new double[] {1, 3}));
        assertThrows(IllegalArgumentException.class, () -> Stage1Fit.fit(new double[] {1e20, 1e21},
                new double[] {3, 0}));
    }

    @Test
    void lawGradientsMatchFiniteDifferences() {
        double[] x = {1.6e23};
        double[] p = {3.9e32, -0.04};
        double[] g = new double[2];
        ComputeLossLaw law = ComputeLossLaw.instance();
        law.gradient(x, p, g);
        for (int j = 0; j < 2; j++) {
            double h = 1e-6 * Math.abs(p[j]);
            double[] up = p.clone();
            double[] down = p.clone();
            up[j] += h;
            down[j] -= h;
            assertEquals((law.predict(x, up) - law.predict(x, down)) / (2 * h), g[j], 1e-6 * Math.abs(g[j]));
        }
        double[] lg = new double[2];
        law.logGradient(x, p, lg);
        assertEquals(g[0] / law.predict(x, p), lg[0], 1e-12 * Math.abs(lg[0]));
        assertEquals(g[1] / law.predict(x, p), lg[1], 1e-12);
        LossPerformanceLaw linear = LossPerformanceLaw.instance();
        linear.gradient(new double[] {2.5}, new double[] {1.9, -0.47}, g);
        assertEquals(1, g[0], 0);
        assertEquals(2.5, g[1], 0);
    }
}

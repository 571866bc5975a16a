package org.scalingsuite.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.testing.ChinchillaData;
import org.scalingsuite.core.testing.FiniteDifferences;

/*
 * Checks HuberLoss:
 *  - huber(delta, r) equals scipy.special.huber(delta, r) (r^2/2 for |r| <= delta, delta (|r| - delta/2)
 *    otherwise); reference values computed with scipy 1.17.1, e.g. huber(1, 0.5) = 0.125, huber(1, -2) = 1.5,
 *    huber(1e-3, 0.01) = 9.5e-06;
 *  - the bound objective's value is the weighted sum of huber over the log (or raw) residuals, computed here
 *    independently, and MEAN is SUM divided by the total weight;
 *  - its gradient matches five-point finite differences (delta 0.05, residuals at least 0.02 from +-delta, so the
 *    stencil, which moves log predictions by at most ~2.5e-3, never crosses the kink) and equals the formula
 *    -sum w_i psi(r_i) grad log f_i at Chinchilla's delta = 1e-3.
 * Value tolerances 1e-13 relative: the same sum in a different order.
 */
class HuberLossTest {

    private static final Law LAW = ChinchillaLogSumExpLaw.instance();
    private static final double[] P = ChinchillaLogSumExpLaw.fromDirect(ChinchillaData.EPOCH);

    @Test
    void huberMatchesScipySpecialHuber() {
        assertEquals(0.125, HuberLoss.huber(1.0, 0.5), 0.0);
        assertEquals(1.5, HuberLoss.huber(1.0, -2.0), 0.0);
        assertEquals(0.5, HuberLoss.huber(1.0, 1.0), 0.0, "at |r| = delta both branches give delta^2/2");
        assertEquals(0.5, HuberLoss.huber(1.0, -1.0), 0.0);
        assertEquals(0.0, HuberLoss.huber(1.0, 0.0), 0.0);
        assertEquals(9.5e-06, HuberLoss.huber(1e-3, 0.01), 1e-21);
        assertEquals(1.25e-07, HuberLoss.huber(1e-3, 5e-4), 1e-21);
        assertEquals(3.2e-07, HuberLoss.huber(1e-3, -8e-4), 1e-21);
        assertEquals(13.0, HuberLoss.huber(2.0, -7.5), 0.0);
    }

    @Test
    void valueIsTheWeightedSumOfHuberOfLogResiduals() {
        double[] r = {-0.02, -0.003, -0.0004, 0.0, 0.0002, 0.0007, 0.004, 0.05};
        double[] w = {1, 2, 0.5, 1, 3, 0, 1, 1.5};
        Observations data = ChinchillaData.withLogResiduals(ChinchillaData.EPOCH, r).withWeights(w);
        double delta = 1e-3;

        double sum = 0;
        double totalWeight = 0;
        for (int i = 0; i < r.length; i++) {
            double residual = Math.log(data.response(i)) - LAW.logPredict(data.row(i), P);
            sum += w[i] * HuberLoss.huber(delta, residual);
            totalWeight += w[i];
        }
        double summed = value(new HuberLoss(delta, Space.LOG, Reduction.SUM), data, P);
        double averaged = value(new HuberLoss(delta, Space.LOG, Reduction.MEAN), data, P);

        assertEquals(sum, summed, 1e-13 * sum);
        assertEquals(sum / totalWeight, averaged, 1e-13 * sum / totalWeight);
        assertEquals(summed, value(HuberLoss.onLogResiduals(delta), data, P), 0.0, "onLogResiduals = LOG, SUM");
    }

    @Test
    void rawSpaceUsesRawResiduals() {
        double[] r = {-0.3, 0.01, 0.2};
        Observations data = ChinchillaData.withLogResiduals(ChinchillaData.EPOCH, r);
        double delta = 0.1;
        double sum = 0;
        for (int i = 0; i < r.length; i++) {
            sum += HuberLoss.huber(delta, data.response(i) - LAW.predict(data.row(i), P));
        }
        assertEquals(sum, value(new HuberLoss(delta, Space.RAW, Reduction.SUM), data, P), 1e-13 * sum);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        double delta = 0.05;
        double[] r = {-0.3, -0.08, -0.02, 0.0, 0.01, 0.03, 0.1, 0.5};
        double[] w = {1, 2, 0.5, 1, 3, 1, 1, 1.5};
        Observations data = ChinchillaData.withLogResiduals(ChinchillaData.EPOCH, r).withWeights(w);
        for (Reduction reduction : Reduction.values()) {
            for (Space space : Space.values()) {
                double d = space == Space.LOG ? delta : delta * 3;
                DifferentiableFunction f = new HuberLoss(d, space, reduction).bind(LAW, data);
                double[] g = new double[5];
                f.valueAndGradient(P, g);
                FiniteDifferences.assertGradient(p -> f.valueAndGradient(p, new double[5]), P, g,
                        "Huber " + space + " " + reduction);
            }
        }
    }

    @Test
    void gradientIsMinusSumOfPsiTimesLogGradientAtChinchillaDelta() {
        double delta = 1e-3;
        double[] r = {-0.02, -0.003, -0.0004, 0.0, 0.0002, 0.0007, 0.004, 0.05};
        Observations data = ChinchillaData.withLogResiduals(ChinchillaData.EPOCH, r);
        double[] expected = new double[5];
        double[] scale = new double[5];
        for (int i = 0; i < r.length; i++) {
            double residual = Math.log(data.response(i)) - LAW.logPredict(data.row(i), P);
            double psi = Math.max(-delta, Math.min(delta, residual));
            double[] lg = new double[5];
            LAW.logGradient(data.row(i), P, lg);
            for (int j = 0; j < 5; j++) {
                expected[j] -= psi * lg[j];
                scale[j] += delta * Math.abs(lg[j]);
            }
        }
        double[] g = new double[5];
        HuberLoss.onLogResiduals(delta).bind(LAW, data).valueAndGradient(P, g);
        for (int j = 0; j < 5; j++) {
            // The terms are bounded by delta |grad log f_i| and partly cancel; the kernel's and the pointwise
            // residuals differ by a few ulps, so the tolerance is relative to the sum of the terms' sizes.
            assertEquals(expected[j], g[j], 1e-12 * scale[j], "component " + j);
        }
    }

    @Test
    void invalidDeltaIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> HuberLoss.onLogResiduals(0));
        assertThrows(IllegalArgumentException.class, () -> HuberLoss.onLogResiduals(-1e-3));
        assertThrows(IllegalArgumentException.class, () -> HuberLoss.onLogResiduals(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> HuberLoss.onLogResiduals(Double.POSITIVE_INFINITY));
    }

    private static double value(Objective objective, Observations data, double[] p) {
        return objective.bind(LAW, data).valueAndGradient(p, new double[p.length]);
    }
}

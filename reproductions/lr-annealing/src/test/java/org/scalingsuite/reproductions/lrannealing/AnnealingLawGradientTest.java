package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.Evaluator;

/**
 * The analytic gradient of L = L0 + A S1^-alpha - C S2 (Tissue et al. 2024, Eq. 1) against central differences,
 * for the pointwise form and for the bound evaluator the fitter uses, in raw and log space; a non-positive
 * prediction has no logarithm (NaN, so the line search backs off).
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='AnnealingLawGradientTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class AnnealingLawGradientTest {

    private static final AnnealingLaw LAW = AnnealingLaw.instance();
    private static final double[] P = {2.6, 0.43, 0.41, 0.55};

    @Test
    void pointwiseGradientMatchesCentralDifferences() {
        for (double[] x : new double[][] {{0.5, 0.0}, {3.2, 0.7}, {12.0, 1.9}}) {
            double[] g = new double[4];
            LAW.gradient(x, P, g);
            for (int j = 0; j < 4; j++) {
                double h = 1e-6 * Math.max(1, Math.abs(P[j]));
                double[] up = P.clone();
                double[] down = P.clone();
                up[j] += h;
                down[j] -= h;
                double fd = (LAW.predict(x, up) - LAW.predict(x, down)) / (2 * h);
                assertEquals(fd, g[j], 1e-7 * Math.max(1, Math.abs(fd)), "parameter " + j);
            }
        }
    }

    @Test
    void boundEvaluatorAgreesWithPointwiseForm() {
        Observations data = Observations.of(AnnealingLaw.INPUTS, new double[][] {{0.5, 3.2, 12.0}, {0, 0.7, 1.9}},
                "loss", new double[] {3, 3, 3});
        Evaluator e = LAW.bind(data);
        double[] values = new double[3];
        double[] jac = new double[12];
        e.logPredict(P, values, jac);
        for (int i = 0; i < 3; i++) {
            double[] x = data.row(i);
            assertEquals(LAW.logPredict(x, P), values[i], 1e-14);
            double[] g = new double[4];
            LAW.logGradient(x, P, g);
            for (int j = 0; j < 4; j++) {
                assertEquals(g[j], jac[4 * i + j], 1e-12 * Math.max(1, Math.abs(g[j])));
            }
        }
        e.predict(P, values, jac);
        for (int i = 0; i < 3; i++) {
            assertEquals(LAW.predict(data.row(i), P), values[i], 1e-14);
        }
    }

    @Test
    void nonPositivePredictionHasNoLogarithm() {
        double[] p = {0.1, 1, 22, 0};
        double[] x = {2.0, 1.0};
        assertTrue(LAW.predict(x, p) < 0);
        assertTrue(Double.isNaN(LAW.logPredict(x, p)));
        Observations data = Observations.of(AnnealingLaw.INPUTS, new double[][] {{2.0}, {1.0}}, "loss",
                new double[] {3});
        double[] v = new double[1];
        LAW.bind(data).logPredict(p, v, null);
        assertTrue(Double.isNaN(v[0]));
        assertEquals(List.of("L0", "A", "C", "alpha"), LAW.parameters());
    }
}

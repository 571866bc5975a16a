package org.scalingsuite.core.objective;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.optim.ResidualFunction;
import org.scalingsuite.core.testing.ChinchillaData;
import org.scalingsuite.core.testing.FiniteDifferences;

/*
 * Checks LeastSquares (the curve_fit criterion F = sum_i w_i r_i^2):
 *  - raw and log values equal the sums computed here, MEAN = SUM / total weight;
 *  - the gradient matches five-point finite differences;
 *  - residuals(): the sum of squares of the residual vector equals the bound value (SUM and MEAN), and its
 *    Jacobian matches finite differences of the residuals (this is what Levenberg-Marquardt consumes);
 *  - weights act as row multiplicities: weight 0 removes a row, weight 2 duplicates it.
 * Value tolerances 1e-13 relative: the same sums in a different order.
 */
class LeastSquaresTest {

    private static final Law LAW = ChinchillaLaw.instance();
    private static final double[] P = ChinchillaData.EPOCH;
    private static final double[] R = {-0.3, -0.02, 0.0, 0.004, 0.07, 0.15};
    private static final double[] W = {1, 2, 0.5, 1, 3, 0.25};

    @Test
    void valuesAreWeightedSumsOfSquaredResiduals() {
        Observations data = ChinchillaData.withLogResiduals(P, R).withWeights(W);
        double raw = 0;
        double log = 0;
        double totalWeight = 0;
        for (int i = 0; i < R.length; i++) {
            double f = LAW.predict(data.row(i), P);
            raw += W[i] * Math.pow(data.response(i) - f, 2);
            log += W[i] * Math.pow(Math.log(data.response(i)) - Math.log(f), 2);
            totalWeight += W[i];
        }
        assertEquals(raw, value(LeastSquares.raw(), data), 1e-13 * raw);
        assertEquals(log, value(LeastSquares.log(), data), 1e-13 * log);
        assertEquals(raw / totalWeight, value(new LeastSquares(Space.RAW, Reduction.MEAN), data),
                1e-13 * raw / totalWeight);
        assertEquals(log / totalWeight, value(new LeastSquares(Space.LOG, Reduction.MEAN), data),
                1e-13 * log / totalWeight);
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        Observations data = ChinchillaData.withLogResiduals(P, R).withWeights(W);
        for (Space space : Space.values()) {
            for (Reduction reduction : Reduction.values()) {
                DifferentiableFunction f = new LeastSquares(space, reduction).bind(LAW, data);
                double[] g = new double[5];
                f.valueAndGradient(P, g);
                FiniteDifferences.assertGradient(p -> f.valueAndGradient(p, new double[5]), P, g,
                        "least squares " + space + " " + reduction);
            }
        }
    }

    @Test
    void residualFunctionSumOfSquaresEqualsTheBoundValue() {
        Observations data = ChinchillaData.withLogResiduals(P, R).withWeights(W);
        Evaluator evaluator = LAW.bind(data);
        for (Space space : Space.values()) {
            for (Reduction reduction : Reduction.values()) {
                LeastSquares ls = new LeastSquares(space, reduction);
                ResidualFunction rf = ls.residuals(evaluator, data);
                assertEquals(R.length, rf.size());
                assertEquals(5, rf.dimension());
                double[] r = new double[R.length];
                rf.evaluate(P, r, null);
                double ss = 0;
                for (double v : r) {
                    ss += v * v;
                }
                double bound = ls.bind(evaluator, data).valueAndGradient(P, new double[5]);
                assertEquals(bound, ss, 1e-13 * bound, space + " " + reduction);
            }
        }
    }

    @Test
    void residualJacobianMatchesFiniteDifferences() {
        Observations data = ChinchillaData.withLogResiduals(P, R).withWeights(W);
        Evaluator evaluator = LAW.bind(data);
        for (Space space : Space.values()) {
            ResidualFunction rf = new LeastSquares(space, Reduction.SUM).residuals(evaluator, data);
            double[] r = new double[R.length];
            double[] jac = new double[R.length * 5];
            rf.evaluate(P, r, jac);
            for (int i = 0; i < R.length; i++) {
                int row = i;
                double[] analytic = new double[5];
                System.arraycopy(jac, 5 * i, analytic, 0, 5);
                FiniteDifferences.assertGradient(p -> {
                    double[] out = new double[R.length];
                    rf.evaluate(p, out, null);
                    return out[row];
                }, P, analytic, space + " residual " + i);
            }
        }
    }

    @Test
    void weightsActAsRowMultiplicities() {
        Observations base = ChinchillaData.withLogResiduals(P, R);
        // Row 0 weight 0, row 1 weight 2, others 1 ...
        double[] w = {0, 2, 1, 1, 1, 1};
        Observations weighted = base.withWeights(w);
        // ... equals dropping row 0 and listing row 1 twice.
        Observations expanded = base.select(new int[] {1, 1, 2, 3, 4, 5});
        for (LeastSquares ls : List.of(LeastSquares.raw(), LeastSquares.log(),
                new LeastSquares(Space.LOG, Reduction.MEAN))) {
            double[] g1 = new double[5];
            double[] g2 = new double[5];
            double v1 = ls.bind(LAW, weighted).valueAndGradient(P, g1);
            double v2 = ls.bind(LAW, expanded).valueAndGradient(P, g2);
            assertEquals(v2, v1, 1e-13 * v2, ls.description());
            for (int j = 0; j < 5; j++) {
                assertEquals(g2[j], g1[j], 1e-12 * Math.abs(g2[j]), ls.description() + " gradient " + j);
            }
        }
    }

    @Test
    void zeroResidualsGiveZeroValueAndGradient() {
        Observations exact = ChinchillaData.grid(P, 3);
        double[] g = new double[5];
        double v = LeastSquares.raw().bind(LAW, exact).valueAndGradient(P, g);
        assertEquals(0.0, v, 1e-28, "residuals are rounding only (~1e-16 each)");
        assertArrayEquals(new double[5], g, 1e-12);
    }

    @Test
    void logSpaceRejectsNonPositiveResponses() {
        Observations bad = Observations.of(List.of("N", "D"), new double[][] {{1e9}, {1e10}}, "loss",
                new double[] {0});
        assertThrows(IllegalArgumentException.class, () -> LeastSquares.log().bind(LAW, bad));
        LeastSquares.raw().bind(LAW, bad);
    }

    private static double value(Objective objective, Observations data) {
        return objective.bind(LAW, data).valueAndGradient(P, new double[5]);
    }
}

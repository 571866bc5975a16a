package org.scalingsuite.core.law;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.data.Observations;

/*
 * Checks that the batch Evaluator a law returns from bind(data) computes what the law computes point by point:
 * values and row-major Jacobians of predict/gradient and of logPredict/logGradient, for every law in core.law
 * (ChinchillaLaw and ChinchillaLogSumExpLaw have their own vectorised kernels; the others use the default
 * pointwise evaluator). Tolerance 1e-12 relative to max(|value|, 1): the kernels evaluate the same formulas in a
 * different order (e.g. exp(-alpha log N) instead of N^-alpha), which differs by a few ulps times
 * |alpha log N| <= ~30, i.e. below 1e-14; an indexing or formula error is O(1).
 * Also checks that a null Jacobian gives the same values and that bind rejects mismatched inputs.
 */
class EvaluatorConsistencyTest {

    private static final double TOL = 1e-12;

    static List<LawCases.Case> cases() {
        return LawCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void boundEvaluatorMatchesPointwiseEvaluation(LawCases.Case c) {
        Law law = c.law();
        Observations data = observations(law, c.inputs());
        Evaluator evaluator = law.bind(data);
        int n = data.size();
        int k = law.dimension();
        assertEquals(n, evaluator.size());
        assertEquals(k, evaluator.dimension());

        for (double[] p : c.parameters()) {
            double[] values = new double[n];
            double[] jac = new double[n * k];
            double[] logValues = new double[n];
            double[] logJac = new double[n * k];
            evaluator.predict(p, values, jac);
            evaluator.logPredict(p, logValues, logJac);
            for (int i = 0; i < n; i++) {
                double[] x = data.row(i);
                double[] g = new double[k];
                double[] lg = new double[k];
                law.gradient(x, p, g);
                law.logGradient(x, p, lg);
                assertClose(law.predict(x, p), values[i], c + " value row " + i);
                assertClose(law.logPredict(x, p), logValues[i], c + " log value row " + i);
                for (int j = 0; j < k; j++) {
                    assertClose(g[j], jac[i * k + j], c + " Jacobian row " + i + " col " + j);
                    assertClose(lg[j], logJac[i * k + j], c + " log Jacobian row " + i + " col " + j);
                }
            }
            double[] valuesOnly = new double[n];
            double[] logValuesOnly = new double[n];
            evaluator.predict(p, valuesOnly, null);
            evaluator.logPredict(p, logValuesOnly, null);
            assertArrayEquals(values, valuesOnly, 0.0, "values do not depend on whether a Jacobian is requested");
            assertArrayEquals(logValues, logValuesOnly, 0.0);
        }
    }

    /**
     * The log-sum-exp kernel sums e^t directly and falls back to the max-shifted form only when that sum overflows
     * or underflows; both branches must agree with the pointwise (always shifted) logSumExp.
     */
    @Test
    void logSumExpKernelHandlesOverflowAndUnderflow() {
        Law law = ChinchillaLogSumExpLaw.instance();
        Observations data = observations(law, LawCases.ND);
        Evaluator evaluator = law.bind(data);
        int n = data.size();
        double[][] extremes = {{800, 790, 795, 0.3, 0.3}, {-800, -790, -795, 0.3, 0.3}, {-760, 5, -745, 0.3, 0.3}};
        for (double[] p : extremes) {
            double[] values = new double[n];
            double[] jac = new double[n * 5];
            evaluator.logPredict(p, values, jac);
            for (int i = 0; i < n; i++) {
                double[] x = data.row(i);
                double[] lg = new double[5];
                law.logGradient(x, p, lg);
                assertTrue(Double.isFinite(values[i]), "finite log value");
                assertClose(law.logPredict(x, p), values[i], "log value, p[0] = " + p[0] + ", row " + i);
                for (int j = 0; j < 5; j++) {
                    assertClose(lg[j], jac[i * 5 + j], "log Jacobian, p[0] = " + p[0] + ", row " + i + " col " + j);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void bindRejectsDataWithOtherInputs(LawCases.Case c) {
        Observations wrong = Observations.of(List.of("Z"), new double[][] {{1, 2}}, "y", new double[] {1, 1});
        assertThrows(IllegalArgumentException.class, () -> c.law().bind(wrong));
    }

    @Test
    void chinchillaKernelsRejectNonPositiveInputs() {
        Observations zeroTokens = Observations.of(List.of("N", "D"), new double[][] {{1e9, 1e9}, {1e10, 0}}, "loss",
                new double[] {3, 3});
        assertThrows(IllegalArgumentException.class, () -> ChinchillaLaw.instance().bind(zeroTokens));
        assertThrows(IllegalArgumentException.class, () -> ChinchillaLogSumExpLaw.instance().bind(zeroTokens));
    }

    private static Observations observations(Law law, double[][] inputs) {
        int n = inputs.length;
        int m = law.inputs().size();
        double[][] cols = new double[m][n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                cols[j][i] = inputs[i][j];
            }
            y[i] = 1 + i;
        }
        return Observations.of(law.inputs(), cols, "y", y);
    }

    private static void assertClose(double expected, double actual, String what) {
        assertEquals(expected, actual, TOL * Math.max(Math.abs(expected), 1), what);
    }
}

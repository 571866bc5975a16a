package org.scalingsuite.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;

/**
 * Variable projection: recovers the parameters of noise-free Chinchilla runs, and on noisy runs reaches the
 * same raw-loss least-squares optimum as Levenberg-Marquardt on the full 5-D problem (both minimise the
 * same sum of squares).
 */
class VariableProjectionMethodTest {

    @Test
    void recoversNoiseFreeParameters() {
        Observations runs = SyntheticRuns.runs(0).runs();
        MethodFit fit = VariableProjectionMethod.withDefaults().fit(runs, 1);
        assertTrue(fit.converged(), fit.toString());
        double[] p = fit.parameters();
        for (int j = 0; j < 5; j++) {
            assertEquals(SyntheticRuns.TRUTH[j], p[j], 1e-4 * SyntheticRuns.TRUTH[j], "parameter " + j + ": " + fit);
        }
    }

    @Test
    void reachesTheLevenbergMarquardtOptimumOnNoisyRuns() {
        Observations runs = SyntheticRuns.runs(0.01).runs();
        MethodFit varpro = VariableProjectionMethod.withDefaults().fit(runs, 1);
        MethodFit lm = EstimationMethods.rawLeastSquaresLm().fit(runs, 1);
        assertTrue(varpro.converged() && lm.converged(), varpro + " / " + lm);
        assertEquals(lm.objective(), varpro.objective(), 1e-9 * lm.objective() + 1e-15);
        assertEquals(lm.parameters()[3], varpro.parameters()[3], 1e-4);
        assertEquals(lm.parameters()[4], varpro.parameters()[4], 1e-4);
    }

    @Test
    void warmStartedRefitOfTheSameRunsStaysAtTheFit() {
        Observations runs = SyntheticRuns.runs(0.01).runs();
        VariableProjectionMethod method = VariableProjectionMethod.withDefaults();
        MethodFit fit = method.fit(runs, 1);
        MethodFit again = method.refit(runs, fit);
        assertEquals(fit.objective(), again.objective(), 1e-10 * fit.objective());
    }
}

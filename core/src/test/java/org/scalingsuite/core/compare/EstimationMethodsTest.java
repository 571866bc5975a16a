package org.scalingsuite.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The built-in methods: five distinct ids, Hoffmann's full 4,500-start grid for the grid methods and its
 * 900-start restriction for the tied form, one start for Levenberg-Marquardt; each recovers exact runs.
 */
class EstimationMethodsTest {

    @Test
    void idsAndGrids() {
        List<String> ids = EstimationMethods.standard().stream().map(EstimationMethod::id).toList();
        assertEquals(List.of("ls-raw-lm", "huber-log-grid", "ls-log-grid", "tied-huber-grid", "varpro-nnls"), ids);
        assertEquals(4500, EstimationMethods.huberLogGrid().grid().size());
        assertEquals(4500, EstimationMethods.logLeastSquaresGrid().grid().size());
        assertEquals(900, EstimationMethods.tiedExponents().grid().size());
        assertEquals(1, EstimationMethods.rawLeastSquaresLm().grid().size());
    }

    @Test
    void everyUntiedMethodRecoversExactRuns() {
        var runs = SyntheticRuns.runs(0).runs();
        for (EstimationMethod m : EstimationMethods.standard()) {
            if (m.id().startsWith("tied")) {
                continue;
            }
            MethodFit fit = m.fit(runs, 2);
            assertTrue(fit.converged(), m.id() + ": " + fit);
            assertEquals(0.34, fit.parameters()[3], 1e-3, m.id() + ": " + fit);
            assertEquals(0.37, fit.parameters()[4], 1e-3, m.id() + ": " + fit);
        }
    }

    @Test
    void tiedFormRecoversTiedRuns() {
        double[] n = new double[30];
        double[] d = new double[30];
        double[] y = new double[30];
        int i = 0;
        for (double size : SyntheticRuns.SIZES) {
            for (double tokens : SyntheticRuns.TOKENS) {
                n[i] = size;
                d[i] = tokens;
                y[i++] = 1.8 + 400 / Math.pow(size, 0.3) + 900 / Math.pow(tokens, 0.3);
            }
        }
        var runs = org.scalingsuite.core.data.Observations.of(List.of("N", "D"), new double[][] {n, d}, "loss", y);
        MethodFit fit = EstimationMethods.tiedExponents().fit(runs, 2);
        assertTrue(fit.converged(), fit.toString());
        assertEquals(0.3, fit.parameters()[3], 1e-5);
        assertEquals(0.3, fit.parameters()[4], 1e-5);
        assertEquals(1.8, fit.parameters()[0], 1e-4);
    }
}

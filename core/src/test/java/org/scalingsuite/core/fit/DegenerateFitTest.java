package org.scalingsuite.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.core.optim.Bounds;
import org.scalingsuite.core.optim.Termination;
import org.scalingsuite.core.optim.lbfgsb.LbfgsbOptimizer;
import org.scalingsuite.core.testing.ChinchillaData;

/**
 * Degenerate fits are reported, never returned as plain numbers: parameters the data cannot determine (one
 * model size), an iteration limit reached before convergence, and a parameter that ends on its bound each
 * come back flagged, from both fitters and from the multi-start.
 */
class DegenerateFitTest {

    private static final double[] TRUTH = ChinchillaData.EPOCH;

    @Test
    void oneModelSizeIsReportedAsNotIdentifiableByBothFitters() {
        Observations data = oneModelSize();
        FitResult lm = LevenbergMarquardtFitter.withDefaults()
                .fit(FitProblem.of(ChinchillaLaw.instance(), data, LeastSquares.raw()), new double[] {2, 300, 1500, 0.3, 0.4});
        assertNotIdentifiable(lm);

        FitProblem huber = FitProblem.of(ChinchillaLogSumExpLaw.instance(), data, HuberLoss.onLogResiduals(1e-3));
        double[] start = ChinchillaLogSumExpLaw.fromDirect(new double[] {2, 300, 1500, 0.3, 0.4});
        assertNotIdentifiable(LbfgsbFitter.withDefaults().fit(huber, start));
    }

    @Test
    void theMultiStartChecksTheFitItKeeps() {
        FitProblem huber = FitProblem.of(ChinchillaLogSumExpLaw.instance(), oneModelSize(),
                HuberLoss.onLogResiduals(1e-3));
        List<String> names = huber.parameterNames();
        StartGrid grid = StartGrid.builder().values(names.get(0), 5.0, 6.0).values(names.get(1), 7.0)
                .values(names.get(2), 0.5).values(names.get(3), 0.3).values(names.get(4), 0.4).build(names);
        MultiStartResult r = MultiStartFitter.of(LbfgsbFitter.withDefaults()).fit(huber, grid);
        assertNotIdentifiable(r.best());
    }

    @Test
    void aGridOfSizesAndTokensIsIdentified() {
        FitResult r = LevenbergMarquardtFitter.withDefaults().fit(
                FitProblem.of(ChinchillaLaw.instance(), ChinchillaData.grid(TRUTH, 6), LeastSquares.raw()),
                new double[] {2, 300, 1500, 0.3, 0.4});
        assertTrue(r.converged(), r::toString);
        assertTrue(r.warnings().isEmpty(), r::toString);
    }

    @Test
    void anIterationLimitIsNotConvergence() {
        FitProblem huber = FitProblem.of(ChinchillaLogSumExpLaw.instance(), ChinchillaData.grid(TRUTH, 6),
                HuberLoss.onLogResiduals(1e-3));
        LbfgsbFitter fitter = LbfgsbFitter.withDefaults()
                .withOptimizer(LbfgsbOptimizer.withDefaults().withMaxIterations(3));
        FitResult r = fitter.fit(huber, ChinchillaLogSumExpLaw.fromDirect(new double[] {1, 100, 100, 0.5, 0.5}));
        assertFalse(r.converged(), r::toString);
        assertEquals(Termination.MAX_ITERATIONS, r.termination());
        assertTrue(r.detail().contains("3"), r.detail());
    }

    @Test
    void aParameterOnItsBoundIsReported() {
        // Data from a law with no floor: E is driven to its lower bound 0.
        double[] noFloor = {0, TRUTH[1], TRUTH[2], TRUTH[3], TRUTH[4]};
        FitProblem problem = FitProblem.of(ChinchillaLaw.instance(), ChinchillaData.grid(noFloor, 6), LeastSquares.raw())
                .withBounds(Bounds.atLeast(0, 0, 0, 0, 0));
        FitResult r = LevenbergMarquardtFitter.withDefaults().fit(problem, new double[] {1, 300, 1500, 0.3, 0.4});
        assertTrue(r.warnings().stream().anyMatch(w -> w.startsWith("parameter E = 0.0 is on its bound")), r::toString);
    }

    private static Observations oneModelSize() {
        int n = 12;
        double[] params = new double[n];
        double[] tokens = new double[n];
        double[] loss = new double[n];
        for (int i = 0; i < n; i++) {
            params[i] = 1e9;
            tokens[i] = 1e10 * Math.pow(1.5, i);
            loss[i] = ChinchillaLaw.instance().predict(new double[] {params[i], tokens[i]}, TRUTH);
        }
        return Observations.of(List.of("N", "D"), new double[][] {params, tokens}, "loss", loss);
    }

    private static void assertNotIdentifiable(FitResult r) {
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("not separately identifiable")
                || w.contains("is not identifiable")), () -> "flagged: " + r);
    }
}

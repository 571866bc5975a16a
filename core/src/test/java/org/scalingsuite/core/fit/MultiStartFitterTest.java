package org.scalingsuite.core.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.core.optim.Termination;
import org.scalingsuite.core.testing.ChinchillaData;

/*
 * Checks MultiStartFitter:
 *  - the result does not depend on the thread count: 1 and 2 threads give bit-identical best parameters, the
 *    same best index, and identical per-start objectives (a real L-BFGS-B grid fit on noisy Chinchilla data);
 *  - the selection rule documented in MultiStartResult (Hoffmann's and Epoch's "best successful result"): the
 *    lowest objective among converged starts, ties keeping the earlier start; when none converged, the lowest
 *    objective overall (NaN ignored), reported with converged() == false. These use a scripted fitter whose
 *    result for start i is fixed, so the expected choice is known exactly;
 *  - progress reporting and argument checks.
 */
class MultiStartFitterTest {

    @Test
    void resultIsIdenticalForOneAndTwoThreads() {
        Observations data = ChinchillaData.gridWithLogNoise(ChinchillaData.EPOCH, 6, 11L, 0.01);
        FitProblem problem = FitProblem.of(ChinchillaLogSumExpLaw.instance(), data, HuberLoss.onLogResiduals(1e-3));
        StartGrid grid = StartGrid.builder()
                .values("alpha", 0, 0.5, 1).values("beta", 0, 0.5, 1).values("e", -1, 0)
                .values("a", 0, 5).values("b", 0, 5)
                .order("alpha", "beta", "e", "a", "b")
                .build(ChinchillaLogSumExpLaw.PARAMETERS);
        MultiStartFitter single = MultiStartFitter.of(LbfgsbFitter.withDefaults());

        MultiStartResult one = single.fit(problem, grid);
        MultiStartResult two = single.withThreads(2).fit(problem, grid);

        assertEquals(72, one.starts());
        assertArrayEquals(one.best().parameters(), two.best().parameters(), 0.0, "bit-identical best parameters");
        assertEquals(one.bestIndex(), two.bestIndex());
        assertArrayEquals(one.objectives(), two.objectives(), 0.0, "bit-identical objectives, in grid order");
        assertEquals(one.converged(), two.converged());
        assertEquals(one.evaluations(), two.evaluations());
        assertEquals(one.iterations(), two.iterations());
        assertEquals(one.best(), two.best());
        assertTrue(one.best().converged());
        assertEquals(one.objectives()[one.bestIndex()], one.best().objective(), 0.0);
        assertArrayEquals(grid.start(one.bestIndex()), one.best().start(), 0.0);
    }

    @Test
    void picksTheLowestObjectiveAmongConvergedStarts() {
        // Start 1 has the lowest objective but did not converge; start 2 is the best converged one.
        MultiStartResult r = runScripted(new double[] {3, 1, 2, 2.5}, new boolean[] {true, false, true, true});
        assertEquals(2, r.bestIndex());
        assertEquals(2.0, r.best().objective(), 0.0);
        assertTrue(r.best().converged());
        assertEquals(3, r.converged());
        assertEquals(4, r.starts());
        assertArrayEquals(new double[] {3, 1, 2, 2.5}, r.objectives(), 0.0);
    }

    @Test
    void tiesKeepTheEarlierStart() {
        MultiStartResult r = runScripted(new double[] {2, 1, 1, 3, 1}, new boolean[] {true, true, true, true, true});
        assertEquals(1, r.bestIndex());
        assertArrayEquals(new double[] {1}, r.best().start(), 0.0);
    }

    @Test
    void withoutAnyConvergedStartTheLowestOverallIsReportedAsNotConverged() {
        MultiStartResult r = runScripted(new double[] {5, 4, Double.NaN, 4, 6},
                new boolean[] {false, false, false, false, false});
        assertEquals(1, r.bestIndex(), "lowest overall, earlier of the tie, NaN ignored");
        assertEquals(0, r.converged());
        assertFalse(r.best().converged());

        MultiStartResult nanFirst = runScripted(new double[] {Double.NaN, 3, 2},
                new boolean[] {false, false, false});
        assertEquals(2, nanFirst.bestIndex(), "a NaN first start is not kept as the best");
    }

    @Test
    void aConvergedStartWithANanObjectiveDoesNotCount() {
        // FitResult.converged() requires finite numbers, so a NaN objective is never selected as converged.
        MultiStartResult r = runScripted(new double[] {Double.NaN, 7}, new boolean[] {true, true});
        assertEquals(1, r.bestIndex());
        assertEquals(1, r.converged());
    }

    @Test
    void countsAndProgress() {
        AtomicInteger last = new AtomicInteger();
        AtomicInteger calls = new AtomicInteger();
        MultiStartResult r = MultiStartFitter.of(scriptedFitter(new double[] {1, 2, 3}, new boolean[] {true, true, true}))
                .fit(scriptedProblem(), StartGrid.builder().values("i", 0, 1, 2).build(List.of("i")), done -> {
                    calls.incrementAndGet();
                    last.set(done);
                });
        assertEquals(3, last.get(), "the final report is the number of starts");
        assertEquals(3, calls.get(), "every start reported for a grid smaller than 100");
        assertEquals(3 * 7, r.evaluations(), "evaluations summed over starts");
        assertEquals(3 * 5, r.iterations(), "iterations summed over starts");
        assertEquals(3, r.startsNearBest(2.0));
        assertEquals(1, r.startsNearBest(0.5));
    }

    @Test
    void invalidUseIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> MultiStartFitter.of(LbfgsbFitter.withDefaults()).withThreads(0));
        StartGrid wrongNames = StartGrid.builder().values("j", 0).build(List.of("j"));
        assertThrows(IllegalArgumentException.class,
                () -> MultiStartFitter.of(LbfgsbFitter.withDefaults()).fit(scriptedProblem(), wrongNames));
    }

    private static MultiStartResult runScripted(double[] objectives, boolean[] converged) {
        double[] indices = new double[objectives.length];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = i;
        }
        StartGrid grid = StartGrid.builder().values("i", indices).build(List.of("i"));
        MultiStartResult one = MultiStartFitter.of(scriptedFitter(objectives, converged)).fit(scriptedProblem(), grid);
        MultiStartResult three = MultiStartFitter.of(scriptedFitter(objectives, converged)).withThreads(3)
                .fit(scriptedProblem(), grid);
        assertEquals(one.bestIndex(), three.bestIndex(), "selection does not depend on the thread count");
        return one;
    }

    /** A fitter whose result from start (i) has objective objectives[i], converged or not as scripted. */
    private static Fitter scriptedFitter(double[] objectives, boolean[] converged) {
        return new Fitter() {
            @Override
            public FitResult fit(FitProblem problem, double[] start) {
                int i = (int) start[0];
                return new FitResult(problem.parameterNames(), start, objectives[i], 5, 7,
                        converged[i] ? Termination.PROJECTED_GRADIENT_SMALL : Termination.MAX_ITERATIONS, "scripted",
                        start, "scripted", List.of());
            }

            @Override
            public String description() {
                return "scripted";
            }
        };
    }

    /** A problem with one parameter named "i" (its law is never evaluated by the scripted fitter). */
    private static FitProblem scriptedProblem() {
        Law law = new Law() {
            @Override
            public String name() {
                return "constant";
            }

            @Override
            public String formula() {
                return "y = i";
            }

            @Override
            public List<String> inputs() {
                return List.of("x");
            }

            @Override
            public List<String> parameters() {
                return List.of("i");
            }

            @Override
            public double predict(double[] x, double[] p) {
                return p[0];
            }

            @Override
            public void gradient(double[] x, double[] p, double[] gradient) {
                gradient[0] = 1;
            }
        };
        Observations data = Observations.of(List.of("x"), new double[][] {{1}}, "y", new double[] {1});
        return FitProblem.of(law, data, LeastSquares.raw());
    }
}

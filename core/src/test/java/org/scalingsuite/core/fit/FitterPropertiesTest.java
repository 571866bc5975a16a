package org.scalingsuite.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.objective.LeastSquares;

/**
 * Properties of the fitters over generated data and starts, including extreme magnitudes and noise far
 * beyond any real training run: a fit never throws, always reports its evaluations and a reason for
 * stopping, and a result reported as converged holds only finite numbers whose objective is the objective
 * at those numbers. Data: the Chinchilla law at random parameters on a random (N, D) design, times
 * multiplicative noise exp(sigma z) with z from a seeded generator.
 */
class FitterPropertiesTest {

    @Property(tries = 60, seed = "20241")
    void lbfgsbOnHuberLogResidualsNeverReportsNaNAsConverged(
            @ForAll @DoubleRange(min = 0.01, max = 10) double e,
            @ForAll @DoubleRange(min = -5, max = 30) double logA,
            @ForAll @DoubleRange(min = -5, max = 30) double logB,
            @ForAll @DoubleRange(min = 0, max = 2.5) double alpha,
            @ForAll @DoubleRange(min = 0, max = 2.5) double beta,
            @ForAll @DoubleRange(min = 0, max = 3) double sigma,
            @ForAll @IntRange(min = 2, max = 6) int sizes,
            @ForAll @DoubleRange(min = -1, max = 25) double startShift,
            @ForAll long seed) {
        Observations data = data(new double[] {e, Math.exp(logA), Math.exp(logB), alpha, beta}, sizes, sigma, seed);
        FitProblem problem = FitProblem.of(ChinchillaLogSumExpLaw.instance(), data, HuberLoss.onLogResiduals(1e-3));
        double[] start = {startShift, startShift, Math.min(startShift, 1), 0.5, 0.5};

        FitResult r = LbfgsbFitter.withDefaults().fit(problem, start);

        checkReported(problem, r);
    }

    @Property(tries = 60, seed = "20242")
    void levenbergMarquardtOnRawLossNeverReportsNaNAsConverged(
            @ForAll @DoubleRange(min = 0.01, max = 10) double e,
            @ForAll @DoubleRange(min = -5, max = 30) double logA,
            @ForAll @DoubleRange(min = -5, max = 30) double logB,
            @ForAll @DoubleRange(min = 0, max = 2.5) double alpha,
            @ForAll @DoubleRange(min = 0, max = 2.5) double beta,
            @ForAll @DoubleRange(min = 0, max = 3) double sigma,
            @ForAll @IntRange(min = 2, max = 6) int sizes,
            @ForAll @DoubleRange(min = -3, max = 4) double log10StartScale,
            @ForAll long seed) {
        Observations data = data(new double[] {e, Math.exp(logA), Math.exp(logB), alpha, beta}, sizes, sigma, seed);
        FitProblem problem = FitProblem.of(ChinchillaLaw.instance(), data, LeastSquares.raw());
        double startScale = Math.pow(10, log10StartScale);
        double[] start = {1, startScale, startScale, 0.3, 0.3};

        FitResult r = LevenbergMarquardtFitter.withDefaults().withMaxEvaluations(2000).fit(problem, start);

        checkReported(problem, r);
    }

    private static void checkReported(FitProblem problem, FitResult r) {
        assertTrue(r.evaluations() > 0, r::toString);
        assertTrue(r.termination() != null && !r.detail().isBlank(), r::toString);
        if (r.converged()) {
            for (double p : r.parameters()) {
                assertTrue(Double.isFinite(p), r::toString);
            }
            assertTrue(Double.isFinite(r.objective()), r::toString);
            double recomputed = problem.objective().bind(problem.evaluator(), problem.data())
                    .valueAndGradient(r.parameters(), new double[r.parameters().length]);
            assertEquals(recomputed, r.objective(), 1e-9 * Math.max(1, Math.abs(recomputed)), r::toString);
        }
    }

    /** The law at {@code truth} on {@code sizes} model sizes x 5 token counts, with log-normal noise. */
    private static Observations data(double[] truth, int sizes, double sigma, long seed) {
        java.util.Random random = new java.util.Random(seed);
        int n = sizes * 5;
        double[] params = new double[n];
        double[] tokens = new double[n];
        double[] loss = new double[n];
        for (int i = 0; i < sizes; i++) {
            for (int j = 0; j < 5; j++) {
                int k = 5 * i + j;
                params[k] = 1e7 * Math.pow(10, 3.0 * i / Math.max(1, sizes - 1));
                tokens[k] = 20 * params[k] * Math.pow(4, j - 2);
                double clean = truth[0] + truth[1] / Math.pow(params[k], truth[3]) + truth[2] / Math.pow(tokens[k], truth[4]);
                loss[k] = clean * Math.exp(sigma * random.nextGaussian());
            }
        }
        return Observations.of(List.of("N", "D"), new double[][] {params, tokens}, "loss", loss);
    }
}

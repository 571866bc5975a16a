package org.scalingsuite.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.fit.FitProblem;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.fit.LevenbergMarquardtFitter;
import org.scalingsuite.core.law.PowerLaw;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.core.random.Resampler;

/*
 * Checks Bootstrap: resamples are drawn up front from the Resampler and results are stored by resample index, so
 * a run gives identical results (estimates and convergence flags, bit for bit) with 1 and 3 threads; row r of
 * the result is the refit of data.select(draw[r]); withSeed(s) is withResampler(Resampler.seeded(s)); progress
 * ends at the resample count; invalid settings are rejected. The refit is a real Levenberg-Marquardt fit of a
 * saturating power law y = E + A x^-alpha to noisy synthetic data.
 */
class BootstrapTest {

    private static final Observations DATA = powerLawData();
    private static final FitProblem PROBLEM = FitProblem.of(PowerLaw.saturating("x"), DATA, LeastSquares.raw());
    private static final Function<Observations, FitResult> REFIT =
            resample -> LevenbergMarquardtFitter.withDefaults().fit(PROBLEM.withData(resample), new double[] {1, 5, 0.4});

    @Test
    void resultsAreIdenticalForOneAndThreeThreads() {
        Bootstrap bootstrap = Bootstrap.withDefaults().withResamples(30).withResampler(Resampler.numpyLegacy(42));

        BootstrapResult one = bootstrap.withThreads(1).run(DATA, REFIT, PROBLEM.parameterNames());
        BootstrapResult three = bootstrap.withThreads(3).run(DATA, REFIT, PROBLEM.parameterNames());

        assertEquals(30, one.resamples());
        assertEquals(one, three);
        assertTrue(java.util.Arrays.deepEquals(one.estimates(), three.estimates()));
        assertArrayEquals(one.converged(), three.converged());
        assertEquals(0, one.failures(), "every resample fit converges on these data");
    }

    @Test
    void rowRIsTheRefitOfResampleR() {
        Resampler resampler = Resampler.seeded(5);
        BootstrapResult result = Bootstrap.withDefaults().withResamples(6).withResampler(resampler).withThreads(2)
                .run(DATA, REFIT, PROBLEM.parameterNames());
        int[][] draws = resampler.draw(DATA.size(), 6);
        for (int r = 0; r < 6; r++) {
            assertArrayEquals(REFIT.apply(DATA.select(draws[r])).parameters(), result.estimates()[r], 0.0,
                    "resample " + r);
        }
    }

    @Test
    void withSeedUsesTheSeededResampler() {
        Bootstrap base = Bootstrap.withDefaults().withResamples(5).withThreads(1);
        assertEquals(base.withResampler(Resampler.seeded(99)).run(DATA, REFIT, PROBLEM.parameterNames()),
                base.withSeed(99).run(DATA, REFIT, PROBLEM.parameterNames()));
    }

    @Test
    void progressEndsAtTheResampleCount() {
        AtomicInteger last = new AtomicInteger();
        Bootstrap.withDefaults().withResamples(7).withThreads(2)
                .run(DATA, REFIT, PROBLEM.parameterNames(), done -> last.accumulateAndGet(done, Math::max));
        assertEquals(7, last.get());
    }

    @Test
    void settingsAndValidation() {
        Bootstrap d = Bootstrap.withDefaults();
        assertEquals(1000, d.resamples());
        assertEquals(Runtime.getRuntime().availableProcessors(), d.threads());
        assertThrows(IllegalArgumentException.class, () -> d.withResamples(1));
        assertThrows(IllegalArgumentException.class, () -> d.withThreads(0));
    }

    private static Observations powerLawData() {
        Random rng = new Random(3);
        int n = 25;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = Math.pow(10, 1 + 3.0 * i / (n - 1));
            y[i] = (1.2 + 8.0 * Math.pow(x[i], -0.5)) * (1 + 0.01 * rng.nextGaussian());
        }
        return Observations.of(List.of("x"), new double[][] {x}, "y", y);
    }
}

package org.scalingsuite.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.optim.Termination;
import org.scalingsuite.core.reproduction.Progress;

/**
 * The comparison harness on synthetic runs: held-out errors vanish for exact data, bootstrap intervals
 * cover the truth, results do not depend on the thread count, a method that fails or throws is reported
 * (never dropped), and the full-grid bootstrap runs the complete procedure on every resample.
 */
class ComparisonTest {

    private static final HoldOut SPLIT = HoldOut.atOrAbove(1e9);

    private static Comparison fast() {
        return Comparison.withDefaults()
                .withMethods(List.of(VariableProjectionMethod.withDefaults(), EstimationMethods.rawLeastSquaresLm()))
                .withResamples(20).withThreads(1);
    }

    @Test
    void exactRunsArePredictedExactly() {
        ComparisonResult r = fast().run("synthetic", SyntheticRuns.runs(0), SPLIT, Progress.silent());
        assertEquals(20, r.fittedRuns());
        assertEquals(10, r.heldOutRuns());
        assertEquals(2, r.heldOutSizes().length);
        assertEquals(0, r.failures());
        for (MethodScore s : r.scores()) {
            assertEquals(10, s.targets().size());
            assertTrue(s.maxAbsoluteRelativeError() < 1e-6, s.methodId() + ": " + s.maxAbsoluteRelativeError());
            assertTrue(s.fitSeconds() >= 0);
        }
    }

    @Test
    void bootstrapIntervalsCoverTheTruthAndDoNotDependOnThreads() {
        RunSet runs = SyntheticRuns.runs(0.003);
        ComparisonResult one = fast().run("synthetic", runs, SPLIT, Progress.silent());
        ComparisonResult two = fast().withThreads(2).run("synthetic", runs, SPLIT, Progress.silent());
        for (int m = 0; m < one.scores().size(); m++) {
            BootstrapSummary b1 = one.scores().get(m).bootstrap();
            BootstrapSummary b2 = two.scores().get(m).bootstrap();
            assertEquals(20, b1.resamples());
            assertEquals(b1.intervals(), b2.intervals(), "thread count changed the bootstrap");
            ParameterInterval alpha = b1.interval("alpha").orElseThrow();
            assertTrue(alpha.lower() < 0.34 && 0.34 < alpha.upper(), alpha.toString());
            assertTrue(alpha.lower() <= alpha.estimate() + 1e-3 && alpha.estimate() <= alpha.upper() + 1e-3);
        }
    }

    @Test
    void aMethodThatThrowsOrFailsIsReported() {
        EstimationMethod throwing = new Stub("throws") {
            @Override
            public MethodFit fit(Observations runs, int threads) {
                throw new IllegalStateException("boom");
            }
        };
        EstimationMethod stuck = new Stub("stuck");
        ComparisonResult r = Comparison.withDefaults().withMethods(List.of(throwing, stuck)).withResamples(4)
                .withThreads(1).run("synthetic", SyntheticRuns.runs(0), SPLIT, Progress.silent());
        assertEquals(2, r.scores().size());
        assertEquals(2, r.failures());
        MethodScore t = r.score("throws");
        assertNull(t.fit());
        assertEquals("error: boom", t.failure());
        assertTrue(t.targets().isEmpty());
        MethodScore s = r.score("stuck");
        assertNotNull(s.fit());
        assertFalse(s.fit().converged());
        assertTrue(s.failure().startsWith("not converged"), s.failure());
        assertEquals(10, s.targets().size(), "a non-converged fit is still scored");
        assertEquals(4, s.bootstrap().failures(), "non-converged refits are counted");
        assertTrue(s.bootstrap().intervals().isEmpty());
    }

    @Test
    void fullGridBootstrapRefitsEveryResampleWithTheWholeProcedure() {
        Stub counting = new Stub("counting");
        Comparison c = Comparison.withDefaults().withMethods(List.of(counting)).withResamples(6).withThreads(2);
        c.run("synthetic", SyntheticRuns.runs(0), SPLIT, Progress.silent());
        assertEquals(1, counting.fits.get());
        assertEquals(6, counting.refits.get());
        Stub full = new Stub("full");
        c.withMethods(List.of(full)).withBootstrapMode(BootstrapMode.FULL_GRID)
                .run("synthetic", SyntheticRuns.runs(0), SPLIT, Progress.silent());
        assertEquals(7, full.fits.get());
        assertEquals(0, full.refits.get());
    }

    @Test
    void rejectsASplitThatLeavesTooFewRunsAndBadSettings() {
        assertThrows(IllegalArgumentException.class, () -> fast().run("synthetic", SyntheticRuns.runs(0),
                HoldOut.atOrAbove(6e7), Progress.silent()));
        assertThrows(IllegalArgumentException.class, () -> Comparison.withDefaults().withResamples(1));
        assertThrows(IllegalArgumentException.class, () -> Comparison.withDefaults().withConfidence(1));
        assertThrows(IllegalArgumentException.class, () -> Comparison.withDefaults().withMethods(List.of()));
    }

    /** A method returning the truth (converged unless named "stuck"), counting its calls. */
    private static class Stub implements EstimationMethod {
        final String id;
        final AtomicInteger fits = new AtomicInteger();
        final AtomicInteger refits = new AtomicInteger();

        Stub(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public String description() {
            return "stub";
        }

        @Override
        public MethodFit fit(Observations runs, int threads) {
            fits.incrementAndGet();
            return result();
        }

        @Override
        public MethodFit refit(Observations resample, MethodFit previous) {
            refits.incrementAndGet();
            return result();
        }

        private MethodFit result() {
            boolean ok = !id.equals("stuck");
            return new MethodFit(ChinchillaLaw.instance(), SyntheticRuns.TRUTH, 0, 1,
                    ok ? Termination.RELATIVE_REDUCTION_SMALL : Termination.MAX_ITERATIONS,
                    ok ? "stub" : "iteration limit", List.of());
        }
    }
}

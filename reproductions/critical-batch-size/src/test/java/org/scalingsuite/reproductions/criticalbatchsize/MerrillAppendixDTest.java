package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Reproduces Merrill et al.'s (2025) Appendix D: the fixed batch closest in L2 to a local CBS f(t) is its time
 * average; for f = t^c it is T^c/(c+1) (c = 1/2: (2/3) sqrt T), for f = log(t+1) it is ((T+1)/T) log(T+1) - 1.
 * Data: none (closed forms). Method: adaptive Gauss-Kronrod quadrature, agreement to 1e-9 relative.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='MerrillAppendixDTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class MerrillAppendixDTest {

    @ParameterizedTest
    @CsvSource({"0.5, 1e6", "0.5, 1e3", "0.25, 1e4", "0.75, 1e8", "1.0, 1e3", "2.0, 50", "0.1, 1e5"})
    void powerLawTimeAverage(double c, double horizon) {
        double numeric = TimeAveragedCbs.numeric(t -> Math.pow(t, c), horizon, Math.pow(horizon, c), 1e-12);
        assertEquals(1, numeric / TimeAveragedCbs.powerLaw(c, horizon), 1e-9);
    }

    @Test
    void squareRootCaseIsTwoThirdsRootT() {
        assertEquals(2.0 / 3 * Math.sqrt(1e6), TimeAveragedCbs.powerLaw(0.5, 1e6), 1e-12);
        assertEquals(666.6666666667, CriticalBatchSizeReportFixture.reproduced("merrill.appendix_d.sqrt"), 1e-9);
    }

    @ParameterizedTest
    @CsvSource({"10", "1e3", "1e6", "1e9"})
    void logarithmicTimeAverage(double horizon) {
        double numeric = TimeAveragedCbs.numeric(Math::log1p, horizon, Math.log1p(horizon), 1e-12);
        assertEquals(1, numeric / TimeAveragedCbs.logarithmic(horizon), 1e-9);
    }

    @Test
    void logarithmicCaseIsAboutLogT() {
        assertEquals(12.8155, CriticalBatchSizeReportFixture.reproduced("merrill.appendix_d.log"), 1e-4);
        double horizon = 1e9;
        assertEquals(Math.log(horizon) - 1, TimeAveragedCbs.logarithmic(horizon), 1e-6);
    }

    @Test
    void timeAverageMinimisesTheL2Distance() {
        DoubleUnaryOperator f = t -> Math.sqrt(t);
        double horizon = 1e4;
        double best = TimeAveragedCbs.powerLaw(0.5, horizon);
        double at = TimeAveragedCbs.squaredDistance(f, best, horizon, 1e-6);
        for (double delta : new double[] {-1, -0.1, 0.1, 1}) {
            double other = TimeAveragedCbs.squaredDistance(f, best + delta, horizon, 1e-6);
            // int (f - b - delta)^2 = int (f - b)^2 + T delta^2 when b is the mean
            assertEquals(at + horizon * delta * delta, other, 1e-3 * horizon * delta * delta);
            assertTrue(other > at);
        }
    }

    @Test
    void quadratureReportsNonConvergence() {
        AdaptiveQuadrature q = new AdaptiveQuadrature(1e-30, 50);
        org.junit.jupiter.api.Assertions.assertThrows(AdaptiveQuadrature.NotConvergedException.class,
                () -> q.integrate(t -> 1 / Math.sqrt(t), 0, 1));
    }
}

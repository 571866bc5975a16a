package org.scalingsuite.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * Checks BootstrapResult's statistics against values worked out by hand:
 *  - standardErrors() is the sample standard deviation with ddof = 1 (np.std(x, ddof=1), the square root of the
 *    diagonal of np.cov): for 1, 2, 3, 4 it is sqrt(5/3) = 1.2909944487358056, not the ddof = 0 value
 *    sqrt(5/4) = 1.118...; covariance() uses the same n - 1;
 *  - percentileInterval(level) = (P_{50(1-level)}, P_{50(1+level)}) with numpy's linear percentiles:
 *    for 1..10 at 95% that is (1.225, 9.775);
 *  - map() transforms each row and keeps the convergence flags; convergedOnly() keeps the converged rows in order.
 */
class BootstrapResultTest {

    private static BootstrapResult oneToTen() {
        double[][] rows = new double[10][];
        for (int r = 0; r < 10; r++) {
            rows[r] = new double[] {r + 1, 10 * (r + 1)};
        }
        boolean[] converged = {true, true, false, true, true, true, false, true, true, true};
        return new BootstrapResult(List.of("x", "y"), rows, converged);
    }

    @Test
    void standardErrorsUseDdofOne() {
        BootstrapResult r = new BootstrapResult(List.of("x", "y"),
                new double[][] {{1, 2}, {2, 4}, {3, 6}, {4, 8}}, new boolean[] {true, true, true, true});
        assertArrayEquals(new double[] {Math.sqrt(5.0 / 3), 2 * Math.sqrt(5.0 / 3)}, r.standardErrors(), 1e-15);
        assertEquals(1.2909944487358056, r.standardErrors()[0], 1e-15);
        double[][] cov = r.covariance();
        assertEquals(5.0 / 3, cov[0][0], 1e-15);
        assertEquals(10.0 / 3, cov[0][1], 1e-15);
        assertEquals(10.0 / 3, cov[1][0], 1e-15);
        assertEquals(20.0 / 3, cov[1][1], 1e-14);
        assertEquals(Math.sqrt(5.0 / 3), BootstrapResult.standardDeviation(new double[] {4, 3, 2, 1}), 1e-15);
    }

    @Test
    void percentileIntervalIsEqualTailedWithNumpyPercentiles() {
        BootstrapResult r = oneToTen();
        double[][] ci = r.percentileInterval(0.95);
        assertArrayEquals(new double[] {1.225, 9.775}, ci[0], 1e-15);
        assertArrayEquals(new double[] {12.25, 97.75}, ci[1], 1e-13);
        // 80%: P10 and P90, h = 0.9 and 8.1: 1.9 and 9.1.
        assertArrayEquals(new double[] {1.9, 9.1}, r.percentileInterval(0.8)[0], 1e-15);
        assertArrayEquals(new double[] {5.5, 55}, r.percentile(50), 1e-15);
        assertThrows(IllegalArgumentException.class, () -> r.percentileInterval(0));
        assertThrows(IllegalArgumentException.class, () -> r.percentileInterval(1));
    }

    @Test
    void mapTransformsRowsAndKeepsFlags() {
        BootstrapResult r = oneToTen();
        BootstrapResult mapped = r.map(List.of("sum", "x2"), row -> new double[] {row[0] + row[1], 2 * row[0]});
        assertEquals(List.of("sum", "x2"), mapped.parameterNames());
        assertArrayEquals(new double[] {11, 22, 33, 44, 55, 66, 77, 88, 99, 110}, mapped.column("sum"), 0.0);
        assertArrayEquals(new double[] {2, 4, 6, 8, 10, 12, 14, 16, 18, 20}, mapped.column(1), 0.0);
        assertArrayEquals(r.converged(), mapped.converged());
        assertArrayEquals(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, r.column("x"), 0.0, "original unchanged");
    }

    @Test
    void convergedOnlyKeepsConvergedRowsInOrder() {
        BootstrapResult r = oneToTen();
        assertEquals(2, r.failures());
        BootstrapResult kept = r.convergedOnly();
        assertEquals(8, kept.resamples());
        assertEquals(0, kept.failures());
        assertArrayEquals(new double[] {1, 2, 4, 5, 6, 8, 9, 10}, kept.column("x"), 0.0);
    }

    @Test
    void invalidUseIsRejectedAndArraysAreCopied() {
        assertThrows(IllegalArgumentException.class,
                () -> new BootstrapResult(List.of("x"), new double[][] {{1}, {2}}, new boolean[] {true}));
        assertThrows(IllegalArgumentException.class, () -> oneToTen().column("z"));
        double[][] rows = {{1}, {2}};
        BootstrapResult r = new BootstrapResult(List.of("x"), rows, new boolean[] {true, true});
        rows[0][0] = 99;
        r.estimates()[1][0] = 99;
        assertArrayEquals(new double[] {1, 2}, r.column(0), 0.0, "defensive copies in and out");
    }
}

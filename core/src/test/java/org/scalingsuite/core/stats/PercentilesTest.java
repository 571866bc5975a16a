package org.scalingsuite.core.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/*
 * Checks Percentiles against numpy's default np.percentile (method "linear", Hyndman-Fan type 7), worked out
 * by hand with the formula in the class javadoc: sorted x_0..x_{n-1}, h = (n - 1) q / 100, result
 * x_floor(h) + (h - floor h)(x_floor(h)+1 - x_floor(h)); e.g. np.percentile([1,2,3,4], 25): h = 0.75,
 * 1 + 0.75 = 1.75; np.percentile(range(1, 11), 2.5): h = 0.225, 1.225; q = 0 and q = 100 give the extremes;
 * one element gives itself. Exact equality is required: numpy's two-sided lerp (from above when the fraction is
 * >= 1/2) is reproduced bit for bit, which the last test shows on cases where the one-sided formula
 * a + t (b - a) differs in the last bit (values printed by numpy 2.4.6).
 */
class PercentilesTest {

    @Test
    void handWorkedCases() {
        assertEquals(1.75, Percentiles.percentile(new double[] {1, 2, 3, 4}, 25), 0.0);
        double[] oneToTen = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        assertEquals(1.225, Percentiles.percentile(oneToTen, 2.5), 0.0);
        // h = 9 * 0.975 = 8.775: 9 + 0.775 = 9.775.
        assertEquals(9.775, Percentiles.percentile(oneToTen, 97.5), 0.0);
        // h = 2 * 0.5 = 1: exactly the middle element (median of an odd sample).
        assertEquals(2.0, Percentiles.percentile(new double[] {3, 1, 2}, 50), 0.0);
        // h = 3 * 0.5 = 1.5: halfway between 2 and 3.
        assertEquals(2.5, Percentiles.percentile(new double[] {4, 3, 2, 1}, 50), 0.0);
    }

    @Test
    void endpointsAndSingleElement() {
        double[] v = {7, -2, 3.5, 11};
        assertEquals(-2.0, Percentiles.percentile(v, 0), 0.0);
        assertEquals(11.0, Percentiles.percentile(v, 100), 0.0);
        assertEquals(5.0, Percentiles.percentile(new double[] {5}, 0), 0.0);
        assertEquals(5.0, Percentiles.percentile(new double[] {5}, 37), 0.0);
        assertEquals(5.0, Percentiles.percentile(new double[] {5}, 100), 0.0);
    }

    @Test
    void inputIsNotModifiedAndSortedVariantAgrees() {
        double[] v = {9, 1, 5, 3};
        double p = Percentiles.percentile(v, 40);
        assertArrayEquals(new double[] {9, 1, 5, 3}, v, 0.0);
        // h = 3 * 0.4 = 1.2: 3 + 0.2 * (5 - 3) = 3.4.
        assertEquals(3.4, p, 1e-15);
        assertEquals(p, Percentiles.percentileOfSorted(new double[] {1, 3, 5, 9}, 40), 0.0);
    }

    @Test
    void bitForBitAgreementWithNumpysTwoSidedLerp() {
        // np.percentile([0.4, 1.66], 70) = 1.282 (a + t (b - a) would give 1.2819999999999998).
        assertEquals(1.282, Percentiles.percentile(new double[] {0.4, 1.66}, 70), 0.0);
        // np.percentile([0.85, 1.61], 97.5) = 1.591 (one-sided: 1.5910000000000002).
        assertEquals(1.591, Percentiles.percentile(new double[] {0.85, 1.61}, 97.5), 0.0);
        // np.percentile([0.65, 1.01], 80) = 0.9380000000000001 (one-sided: 0.938).
        assertEquals(0.9380000000000001, Percentiles.percentile(new double[] {0.65, 1.01}, 80), 0.0);
        // np.percentile([0.1, 0.7], 90) = 0.64; np.percentile([0.1, 0.2, 0.3], 95) = 0.29.
        assertEquals(0.64, Percentiles.percentile(new double[] {0.1, 0.7}, 90), 0.0);
        assertEquals(0.29, Percentiles.percentile(new double[] {0.1, 0.2, 0.3}, 95), 0.0);
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(new double[0], 50));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(new double[] {1}, -1));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(new double[] {1}, 100.5));
        assertThrows(IllegalArgumentException.class, () -> Percentiles.percentile(new double[] {1}, Double.NaN));
    }
}

package org.scalingsuite.core.stats;

import java.util.Arrays;

/**
 * Sample percentiles by numpy's default method ("linear", Hyndman and Fan type 7): for sorted values
 * {@code x_0 <= ... <= x_{n-1}} and {@code q} in [0, 100], the virtual index is {@code h = (n - 1) q / 100}
 * (computed as numpy's "linear" method does, {@code (n - 1) * (q / 100)}; the algebraically equal
 * {@code n q + (1 - q) - 1} rounds differently) and the result interpolates
 * {@code x_floor(h)} and {@code x_floor(h)+1} by numpy's two-sided lerp (from below when the fraction is
 * under 1/2, from above otherwise), so results agree with {@code np.percentile} to the last bit.
 *
 * <p>Reference: R. J. Hyndman, Y. Fan, "Sample quantiles in statistical packages", Am. Stat. 50(4), 1996.
 */
public final class Percentiles {

    private Percentiles() {
    }

    /** @return the {@code q}-th percentile of {@code values} (not modified), q in [0, 100]. */
    public static double percentile(double[] values, double q) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return percentileOfSorted(sorted, q);
    }

    /** @return the {@code q}-th percentile of already sorted values. */
    public static double percentileOfSorted(double[] sorted, double q) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("percentile of an empty sample");
        }
        if (!(q >= 0 && q <= 100)) {
            throw new IllegalArgumentException("percentile must be in [0, 100]: " + q);
        }
        int n = sorted.length;
        double quantile = q / 100;
        double virtual = (n - 1) * quantile;
        double previous = Math.floor(virtual);
        int lo = (int) Math.min(Math.max(previous, 0), n - 1);
        int hi = Math.min(lo + 1, n - 1);
        if (virtual >= n - 1) {
            return sorted[n - 1];
        }
        if (virtual < 0) {
            return sorted[0];
        }
        double t = virtual - previous;
        double a = sorted[lo];
        double b = sorted[hi];
        double diff = b - a;
        return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
    }
}

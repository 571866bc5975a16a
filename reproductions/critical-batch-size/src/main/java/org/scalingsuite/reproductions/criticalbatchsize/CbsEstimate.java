package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * A critical batch size measured by branched training (Merrill et al. 2025, Sections 3.1-3.2): the largest
 * batch that still recovers, bracketed by the next tested batch.
 *
 * @param multiplier     k*, the selected batch multiplier
 * @param index          the position of k* among the tested multipliers
 * @param lower          the lower bound B* = k* B (in the unit of the base batch, e.g. documents of 4096 tokens)
 * @param upper          the smallest tested k B above B*, or NaN when k* is the largest multiplier tested
 */
public record CbsEstimate(double multiplier, int index, double lower, double upper) {

    /** @return true when k* is the largest multiplier tested, so only {@code CBS >= B*} is known. */
    public boolean lowerBoundOnly() {
        return Double.isNaN(upper);
    }

    /**
     * @return the plotted point: the geometric mean {@code sqrt(B* x upper)} of the interval; for a lower bound
     *         only, B* itself
     */
    public double point() {
        return lowerBoundOnly() ? lower : Math.sqrt(lower * upper);
    }

    /** @return the interval as text, e.g. {@code "[4096, 5120)"} or {@code ">= 8192"}. */
    public String interval() {
        return lowerBoundOnly() ? ">= " + fmt(lower) : "[" + fmt(lower) + ", " + fmt(upper) + ")";
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}

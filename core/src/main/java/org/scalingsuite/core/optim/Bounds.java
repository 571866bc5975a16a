package org.scalingsuite.core.optim;

import java.util.Arrays;

/**
 * Box constraints {@code lower[i] <= x[i] <= upper[i]}; an infinite bound means "no bound".
 *
 * @param lower lower bounds, {@code Double.NEGATIVE_INFINITY} where unbounded
 * @param upper upper bounds, {@code Double.POSITIVE_INFINITY} where unbounded
 */
public record Bounds(double[] lower, double[] upper) {

    public Bounds {
        if (lower.length != upper.length) {
            throw new IllegalArgumentException(
                    "Bounds of different lengths: " + lower.length + " lower, " + upper.length + " upper");
        }
        for (int i = 0; i < lower.length; i++) {
            if (Double.isNaN(lower[i]) || Double.isNaN(upper[i]) || lower[i] > upper[i]) {
                throw new IllegalArgumentException(
                        "Invalid bounds for parameter " + i + ": [" + lower[i] + ", " + upper[i] + "]");
            }
        }
        lower = lower.clone();
        upper = upper.clone();
    }

    /** @return bounds that constrain nothing, for {@code dimension} parameters. */
    public static Bounds unbounded(int dimension) {
        double[] lo = new double[dimension];
        double[] hi = new double[dimension];
        Arrays.fill(lo, Double.NEGATIVE_INFINITY);
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        return new Bounds(lo, hi);
    }

    /** @return bounds {@code x[i] >= lower[i]} with no upper bounds. */
    public static Bounds atLeast(double... lower) {
        double[] hi = new double[lower.length];
        Arrays.fill(hi, Double.POSITIVE_INFINITY);
        return new Bounds(lower, hi);
    }

    public int dimension() {
        return lower.length;
    }

    public double lower(int i) {
        return lower[i];
    }

    public double upper(int i) {
        return upper[i];
    }

    @Override
    public double[] lower() {
        return lower.clone();
    }

    @Override
    public double[] upper() {
        return upper.clone();
    }

    /** @return true when no parameter has a finite bound. */
    public boolean isUnbounded() {
        for (int i = 0; i < lower.length; i++) {
            if (hasLower(i) || hasUpper(i)) {
                return false;
            }
        }
        return true;
    }

    public boolean hasLower(int i) {
        return lower[i] != Double.NEGATIVE_INFINITY;
    }

    public boolean hasUpper(int i) {
        return upper[i] != Double.POSITIVE_INFINITY;
    }

    /** @return true when {@code x} lies inside the box. */
    public boolean contains(double[] x) {
        for (int i = 0; i < x.length; i++) {
            if (!(x[i] >= lower[i] && x[i] <= upper[i])) {
                return false;
            }
        }
        return true;
    }

    /** @return the indices of parameters that sit exactly on one of their finite bounds. */
    public int[] activeAt(double[] x) {
        return java.util.stream.IntStream.range(0, x.length)
                .filter(i -> (hasLower(i) && x[i] == lower[i]) || (hasUpper(i) && x[i] == upper[i]))
                .toArray();
    }

    /** @return {@code x} projected onto the box (a new array). */
    public double[] project(double[] x) {
        double[] p = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            p[i] = Math.min(upper[i], Math.max(lower[i], x[i]));
        }
        return p;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Bounds b && Arrays.equals(lower, b.lower) && Arrays.equals(upper, b.upper);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(lower) + Arrays.hashCode(upper);
    }

    @Override
    public String toString() {
        return "Bounds" + Arrays.toString(lower) + ".." + Arrays.toString(upper);
    }
}

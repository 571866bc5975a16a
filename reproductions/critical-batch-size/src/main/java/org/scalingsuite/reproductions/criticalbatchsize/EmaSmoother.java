package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * The exponential moving average Merrill et al. (2025, Section 3.1) apply to the training loss before comparing
 * branches: {@code s_0 = x_0}, {@code s_t = alpha x_t + (1 - alpha) s_(t-1)}, with {@code alpha = 0.5}. At
 * alpha = 1/2 it does not matter which term carries the weight; the seed (here the first value) is not given in
 * the paper.
 */
public final class EmaSmoother {

    /** The smoothing weight of Section 3.1. */
    public static final double ALPHA = 0.5;

    private EmaSmoother() {
    }

    /** @return the smoothed series, seeded with the first value. */
    public static double[] smooth(double[] values, double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1]: " + alpha);
        }
        double[] s = new double[values.length];
        for (int t = 0; t < values.length; t++) {
            s[t] = t == 0 ? values[0] : alpha * values[t] + (1 - alpha) * s[t - 1];
        }
        return s;
    }

    /** @return the last value of the series smoothed with alpha = 0.5. */
    public static double last(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("empty loss series");
        }
        double[] s = smooth(values, ALPHA);
        return s[s.length - 1];
    }
}

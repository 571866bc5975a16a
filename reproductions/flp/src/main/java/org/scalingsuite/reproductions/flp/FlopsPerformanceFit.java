package org.scalingsuite.reproductions.flp;

/**
 * The FLOPs-to-performance (FP) baseline for one task: accuracy regressed directly on compute,
 * {@code P = a + b log10 C}, by ordinary least squares on the sampling runs' final checkpoints. This is the
 * suite's simple stand-in for the paper's FP baseline, whose exact form is not public.
 *
 * @param benchmark the task
 * @param line      the fit (intercept a, slope b per decade of compute)
 */
public record FlopsPerformanceFit(Benchmark benchmark, LinearFit line) {

    /** Fits the baseline on compute {@code c} (FLOP) and accuracy {@code accuracy}. */
    public static FlopsPerformanceFit fit(Benchmark benchmark, double[] c, double[] accuracy) {
        double[] log10C = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            log10C[i] = Math.log10(c[i]);
        }
        return new FlopsPerformanceFit(benchmark, LinearFit.of(log10C, accuracy));
    }

    /** @return a + b log10 C. */
    public double predict(double c) {
        return line.predict(Math.log10(c));
    }
}

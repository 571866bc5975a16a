package org.scalingsuite.core.objective;

/**
 * How an objective's rows are computed, where a law offers a choice (today: the Huber loss of log residuals
 * of {@link org.scalingsuite.core.law.ChinchillaLogSumExpLaw}).
 */
public enum Kernel {

    /**
     * One row at a time with {@link Math#exp} and {@link Math#log}, in row order. The default, and the one every
     * reproduction uses: the reproduced numbers are locked on its arithmetic.
     */
    EXACT,

    /**
     * Four rows per instruction through the JDK's Vector API, with the suite's own exp and log (within 2 ulp,
     * the same bits on every machine) and four partial sums. The value and gradient agree with
     * {@link #EXACT} to about 1e-15 relative, so optimizers take slightly different paths to the same
     * optimum. Needs the JVM option {@code --add-modules jdk.incubator.vector}.
     */
    SIMD
}

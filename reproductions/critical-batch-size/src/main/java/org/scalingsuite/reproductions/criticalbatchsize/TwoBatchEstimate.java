package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * McCandlish et al.'s (2018, Appendix A) unbiased two-batch estimates of the gradient noise scale. From
 * {@code E|G_B|^2 = |G|^2 + tr(Sigma)/B} at two batch sizes:
 *
 * <pre>
 *   |G|^2_est = (B_big |G_big|^2 - B_small |G_small|^2) / (B_big - B_small)
 *   S_est     = (|G_small|^2 - |G_big|^2) / (1/B_small - 1/B_big)            (estimates tr Sigma)
 *   B_simple  = mean(S_est) / mean(|G|^2_est)                                  (a ratio of averages)
 * </pre>
 *
 * Merrill et al. (2025, Appendix B) use B_small = 1, B_big = 64 and average over 4,096 batches.
 *
 * @param gradientNormSquared the averaged |G|^2 estimate
 * @param traceCovariance     the averaged tr(Sigma) estimate
 */
public record TwoBatchEstimate(double gradientNormSquared, double traceCovariance) {

    /**
     * @param meanSmallNormSquared the average of |G_small|^2 over the small batches
     * @param meanBigNormSquared   the average of |G_big|^2 over the big batches
     */
    public static TwoBatchEstimate of(double meanSmallNormSquared, double meanBigNormSquared, double smallBatch,
            double bigBatch) {
        if (!(bigBatch > smallBatch) || !(smallBatch > 0)) {
            throw new IllegalArgumentException("need 0 < B_small < B_big: " + smallBatch + ", " + bigBatch);
        }
        double g2 = (bigBatch * meanBigNormSquared - smallBatch * meanSmallNormSquared) / (bigBatch - smallBatch);
        double s = (meanSmallNormSquared - meanBigNormSquared) / (1 / smallBatch - 1 / bigBatch);
        return new TwoBatchEstimate(g2, s);
    }

    /** @return B_simple = tr(Sigma) / |G|^2 from the two averaged estimates. */
    public double simpleNoiseScale() {
        return traceCovariance / gradientNormSquared;
    }
}

package org.scalingsuite.reproductions.criticalbatchsize.data;

/**
 * One of the 1,000 released Step Law bootstrap fits, in natural-log space:
 * {@code ln lr = lrIntercept + lrCoefN ln N + lrCoefD ln D} and {@code ln B_tokens = bsIntercept + bsCoefD ln D}.
 *
 * @param line        the line in the source file
 * @param lrIntercept intercept of the learning-rate law
 * @param lrCoefN     exponent of N (non-embedding parameters)
 * @param lrCoefD     exponent of D (tokens)
 * @param bsIntercept intercept of the batch-size law (batch in tokens)
 * @param bsCoefD     exponent of D
 */
public record StepLawBootstrapFit(long line, double lrIntercept, double lrCoefN, double lrCoefD,
        double bsIntercept, double bsCoefD) {
}

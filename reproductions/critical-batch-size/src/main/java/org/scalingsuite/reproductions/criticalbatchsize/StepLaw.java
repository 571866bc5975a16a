package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.List;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawBootstrapFit;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRun;

/**
 * Step Law (Li et al. 2025, "Predictable Scale: Part I", arXiv:2503.04715): the optimal peak learning rate and
 * batch size as power laws of non-embedding parameters N and training tokens D,
 *
 * <pre>
 *   eta_opt(N, D) = exp(c_lr) N^a D^b          (published: 1.79 N^-0.713 D^0.307)
 *   B_opt(D)      = exp(c_bs) D^g  tokens      (published: 0.58 D^0.571; divide by 2048 for sequences)
 * </pre>
 *
 * The authors' prediction uses the mean of their bootstrap fits' log-space coefficients.
 *
 * @param lrIntercept c_lr
 * @param lrExponentN a
 * @param lrExponentD b
 * @param bsIntercept c_bs
 * @param bsExponentD g
 */
public record StepLaw(double lrIntercept, double lrExponentN, double lrExponentD, double bsIntercept,
        double bsExponentD) {

    /** @return the law from coefficients as published: eta = lrCoefficient N^a D^b, B = bsCoefficient D^g tokens. */
    public static StepLaw ofCoefficients(double lrCoefficient, double lrExponentN, double lrExponentD,
            double bsCoefficient, double bsExponentD) {
        return new StepLaw(Math.log(lrCoefficient), lrExponentN, lrExponentD, Math.log(bsCoefficient), bsExponentD);
    }

    /** @return the law with each coefficient averaged over the bootstrap fits (the authors' "mean model"). */
    public static StepLaw meanOf(List<StepLawBootstrapFit> fits) {
        if (fits.isEmpty()) {
            throw new IllegalArgumentException("no bootstrap fits");
        }
        double[] sum = new double[5];
        for (StepLawBootstrapFit f : fits) {
            sum[0] += f.lrIntercept();
            sum[1] += f.lrCoefN();
            sum[2] += f.lrCoefD();
            sum[3] += f.bsIntercept();
            sum[4] += f.bsCoefD();
        }
        int n = fits.size();
        return new StepLaw(sum[0] / n, sum[1] / n, sum[2] / n, sum[3] / n, sum[4] / n);
    }

    /** @return exp(c_lr), the learning-rate coefficient. */
    public double lrCoefficient() {
        return Math.exp(lrIntercept);
    }

    /** @return exp(c_bs), the batch coefficient (tokens). */
    public double bsCoefficient() {
        return Math.exp(bsIntercept);
    }

    /** @return the predicted optimal peak learning rate. */
    public double learningRate(double parameters, double tokens) {
        return Math.exp(lrIntercept + lrExponentN * Math.log(parameters) + lrExponentD * Math.log(tokens));
    }

    /** @return the predicted optimal batch size in tokens. */
    public double batchTokens(double tokens) {
        return Math.exp(bsIntercept + bsExponentD * Math.log(tokens));
    }

    /** @return the predicted optimal batch size in sequences of 2048 tokens. */
    public double batchSequences(double tokens) {
        return batchTokens(tokens) / StepLawRun.SEQUENCE_LENGTH;
    }
}

package org.scalingsuite.reproductions.criticalbatchsize;

import org.scalingsuite.core.fit.FitResult;

/**
 * One model's steps-to-target fit from Zhang et al.'s (2024) table, with batch sizes in sequences of 512 tokens.
 *
 * @param model            the model label
 * @param sizeMillions     parameters, in millions
 * @param targetLoss       the target C4 loss (nats/token)
 * @param sequenceLength   tokens per sequence
 * @param logFit           the log-space fit (the authors' method)
 * @param logResult        the fitter's record of the log-space fit
 * @param linearFit        an unweighted linear-space fit of the same law (ordinary least squares of S on 1/B)
 * @param rmsLogResidual   the root-mean-square log residual of the log-space fit
 */
public record ZhangModelFit(String model, double sizeMillions, double targetLoss, int sequenceLength,
        StepsExamplesTradeoff logFit, FitResult logResult, StepsExamplesTradeoff linearFit, double rmsLogResidual) {

    /** The reference batch B_0 of Zhang et al.'s CBS definition, in sequences. */
    public static final double REFERENCE_BATCH = 256;
    /** The allowed step overhead over linear scaling from B_0: 20%. */
    public static final double OVERHEAD = 0.2;

    /**
     * Zhang et al.'s critical batch size: the B at which {@code S(B) = (1 + overhead) S(B_0) B_0 / B}, which for
     * {@code S = S_min + E_min/B} is {@code B = overhead E_min/S_min + (1 + overhead) B_0} (sequences).
     */
    public static double criticalBatch(StepsExamplesTradeoff fit) {
        return OVERHEAD * fit.criticalBatch() + (1 + OVERHEAD) * REFERENCE_BATCH;
    }

    /** @return the CBS of the log-space fit, in sequences. */
    public double criticalBatchSequences() {
        return criticalBatch(logFit);
    }

    /** @return the CBS of the unweighted linear-space fit, in sequences. */
    public double linearCriticalBatchSequences() {
        return criticalBatch(linearFit);
    }

    /** @return McCandlish's B_crit = E_min/S_min of the log-space fit, in tokens. */
    public double mcCandlishCriticalBatchTokens() {
        return logFit.criticalBatch() * sequenceLength;
    }
}

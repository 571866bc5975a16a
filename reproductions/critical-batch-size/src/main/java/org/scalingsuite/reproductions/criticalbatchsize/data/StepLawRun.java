package org.scalingsuite.reproductions.criticalbatchsize.data;

/**
 * One dense training run of the Step Law grid ({@code step-law/dense_lr_bs_loss.csv}).
 *
 * @param line            the line in the source file
 * @param width           model width h
 * @param ffnWidth        FFN hidden width (gated FFN: three matrices)
 * @param heads           attention heads
 * @param layers          layers
 * @param learningRate    peak learning rate
 * @param batchSequences  batch size in sequences of 2048 tokens (the CSV's {@code bs})
 * @param iterations      training iterations
 * @param loss            last logged training loss (nats/token)
 * @param smoothLoss      last value of the Gaussian-smoothed training loss (the quantity the paper optimises)
 * @param tokens          training tokens D
 * @param parameters      non-embedding parameters N
 */
public record StepLawRun(long line, int width, int ffnWidth, int heads, int layers, double learningRate,
        double batchSequences, double iterations, double loss, double smoothLoss, double tokens,
        double parameters) {

    /** Tokens per sequence in the Step Law runs. */
    public static final int SEQUENCE_LENGTH = 2048;

    /** @return the batch size in tokens: {@code bs x 2048}. */
    public double batchTokens() {
        return batchSequences * SEQUENCE_LENGTH;
    }

    /** @return {@code numl (4 h^2 + 3 h ffnh)}: the non-embedding parameters implied by the shape. */
    public double parametersFromShape() {
        return (double) layers * (4.0 * width * width + 3.0 * width * ffnWidth);
    }

    /** @return {@code bs x ti x 2048}, the tokens the run actually processed. */
    public double tokensProcessed() {
        return batchSequences * iterations * SEQUENCE_LENGTH;
    }
}

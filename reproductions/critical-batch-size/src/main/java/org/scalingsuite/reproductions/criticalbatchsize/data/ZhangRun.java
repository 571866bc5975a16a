package org.scalingsuite.reproductions.criticalbatchsize.data;

/**
 * One entry of Zhang et al.'s (2024) steps-to-target table: a model trained at one batch size until it reached
 * its target C4 loss.
 *
 * @param line              the line in the source file
 * @param model             the model label, e.g. {@code 85M}
 * @param sizeMillions      the model size in millions of parameters (the x of the authors' power-law fit)
 * @param targetLoss        the target C4 validation loss (nats/token)
 * @param sequenceLength    tokens per sequence (512)
 * @param batchSequences    the batch size in sequences of {@code sequenceLength} tokens
 * @param batchTokens       the batch size in tokens
 * @param steps             the fewest optimizer steps to reach the target over the authors' sweep (the final,
 *                          hand-curated table the authors fit)
 * @param rawQuerySteps     the same quantity as printed by the authors' wandb query
 */
public record ZhangRun(long line, String model, double sizeMillions, double targetLoss, int sequenceLength,
        double batchSequences, double batchTokens, double steps, double rawQuerySteps) {
}

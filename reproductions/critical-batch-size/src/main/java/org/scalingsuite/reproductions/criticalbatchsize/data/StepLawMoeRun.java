package org.scalingsuite.reproductions.criticalbatchsize.data;

/**
 * One MoE training run of the Step Law grid ({@code step-law/moe_lr_bs_loss.csv}).
 *
 * @param line             the line in the source file
 * @param config           the sparsity configuration, e.g. {@code 1in8} (the CSV's {@code moe_name})
 * @param sequenceLength   tokens per sequence
 * @param learningRate     peak learning rate
 * @param batchSequences   batch size in sequences of {@code sequenceLength} tokens
 * @param smoothLoss       last value of the smoothed training loss (nats/token)
 * @param totalParameters  total parameters N
 * @param activeParameters active parameters per token N_a
 * @param tokens           training tokens D
 */
public record StepLawMoeRun(long line, String config, int sequenceLength, double learningRate, double batchSequences,
        double smoothLoss, double totalParameters, double activeParameters, double tokens) {
}

package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * Merrill et al.'s (2025, Section 4.1) batch-size warmup rule: start at the base batch {@code B_0} and rate
 * {@code eta_0}; whenever the measured critical batch size exceeds twice the current batch,
 * {@code B*_t > 2 B_t}, double the batch and multiply the base rate by {@code f(2)} ({@code sqrt 2} for Adam).
 * The learning-rate schedule's shape is kept.
 *
 * @param batch        the current batch size (documents)
 * @param learningRate the current base learning rate
 */
public record BatchSizeWarmup(double batch, double learningRate) {

    /** @return the state after observing {@code measuredCbs}: doubled (with f(2) on the rate) or unchanged. */
    public BatchSizeWarmup observe(double measuredCbs, LearningRateScaling scaling) {
        return measuredCbs > 2 * batch ? doubled(scaling) : this;
    }

    /** @return the state after one doubling. */
    public BatchSizeWarmup doubled(LearningRateScaling scaling) {
        return new BatchSizeWarmup(2 * batch, scaling.scale(learningRate, 2));
    }
}

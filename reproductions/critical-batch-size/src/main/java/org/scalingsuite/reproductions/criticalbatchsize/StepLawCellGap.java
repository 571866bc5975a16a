package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * How close Step Law's predicted hyperparameters come to one (N, D) cell's best run.
 *
 * @param group               the cell's group (e.g. an MoE configuration; {@code dense} for the dense grid)
 * @param parameters          N fed to the law (non-embedding for dense; total or active for MoE)
 * @param tokens              D
 * @param runs                runs in the cell
 * @param predictedLr         Step Law's learning rate
 * @param predictedBatch      Step Law's batch, in sequences of 2048 tokens
 * @param nearestLr           the learning rate of the tested run nearest the prediction (log2 distance)
 * @param nearestBatch        its batch (sequences)
 * @param nearestLoss         its smoothed loss
 * @param bestLr              the learning rate of the cell's best run
 * @param bestBatch           its batch (sequences)
 * @param bestLoss            the cell's minimum smoothed loss
 */
public record StepLawCellGap(String group, double parameters, double tokens, int runs, double predictedLr, double predictedBatch,
        double nearestLr, double nearestBatch, double nearestLoss, double bestLr, double bestBatch, double bestLoss) {

    /** @return the relative gap nearestLoss / bestLoss - 1. */
    public double gap() {
        return nearestLoss / bestLoss - 1;
    }
}

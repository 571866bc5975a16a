package org.scalingsuite.datasets.chinchilla;

/**
 * One training run digitised from Hoffmann et al. (2022), Figure 4 (left), by Epoch AI.
 *
 * @param line      the line in the source file (the header is line 1)
 * @param modelSize N, parameters
 * @param flops     C, training compute in FLOP
 * @param loss      the final training loss (nats per token)
 */
public record ChinchillaRun(long line, double modelSize, double flops, double loss) {

    /** @return the training tokens D = C / (6 N), Epoch's convention. */
    public double tokens() {
        return flops / (6.0 * modelSize);
    }
}

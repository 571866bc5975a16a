package org.scalingsuite.datasets.comparison;

/**
 * The last checkpoint of one run of Li et al.'s (Mis)Fitting sweep (2025).
 *
 * @param line   the line in the source file (the header is line 1)
 * @param model  the config name, e.g. {@code misfitting_12m}
 * @param n      parameters including embeddings ({@code N})
 * @param nNoEmbedding parameters without embeddings ({@code N_no_emb})
 * @param d      tokens trained ({@code D})
 * @param peakLr the peak learning rate
 * @param loss   the final C4 validation loss
 */
public record MisfittingRun(long line, String model, double n, double nNoEmbedding, double d, double peakLr,
        double loss) {
}

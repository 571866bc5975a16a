package org.scalingsuite.datasets.comparison;

/**
 * The end-of-schedule checkpoint of one AI2 OLMo ladder run (Bhagia et al. 2024).
 *
 * @param label    the model label, e.g. {@code 190M}
 * @param n        non-embedding parameters
 * @param multiple the token multiple, e.g. {@code 0.5xC} (1xC = 20 tokens per non-embedding parameter)
 * @param file     the run's curve file in the {@code flp} dataset
 * @param line     the line of the final checkpoint in that file
 * @param step     its optimizer step
 * @param tokens   tokens trained ({@code throughput/total_tokens})
 * @param loss     validation cross-entropy on C4 (nats per token)
 */
public record OlmoLadderRun(String label, double n, String multiple, String file, long line, long step, double tokens,
        double loss) {
}

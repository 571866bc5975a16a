package org.scalingsuite.reproductions.lrannealing.data;

/**
 * One validation loss of Tissue et al.'s public fitting example.
 *
 * @param line     the line in the source file (the header is line 1)
 * @param schedule {@code cosine} or {@code constant}
 * @param step     the optimizer step
 * @param loss     the validation loss (nats per token)
 */
public record ExamplePoint(long line, String schedule, int step, double loss) {
}

package org.scalingsuite.reproductions.flp.data;

import java.util.Map;
import java.util.Objects;

/**
 * One evaluated checkpoint: a row of an OLMo ladder evaluation file.
 *
 * @param file    the file it was read from, relative to the dataset (e.g. {@code olmo-ladder/190M-2xC.csv})
 * @param line    its 1-based line in that file (the header is line 1)
 * @param step    the optimizer step ({@code _step}), or -1 when the file has no step column
 * @param tokens  the training tokens D seen at this checkpoint
 * @param metrics the metrics read from the row, by upstream column name (validation losses in nats,
 *                5-shot accuracies as fractions)
 */
public record Checkpoint(String file, long line, long step, double tokens, Map<String, Double> metrics) {

    public Checkpoint {
        Objects.requireNonNull(file, "file");
        metrics = Map.copyOf(metrics);
    }

    /** @return the value of an upstream column read from this row. */
    public double metric(String column) {
        Double v = metrics.get(column);
        if (v == null) {
            throw new IllegalArgumentException(file + ", line " + line + ": column '" + column
                    + "' was not read; read columns are " + metrics.keySet());
        }
        return v;
    }

    /** @return training compute C = 6 N D for a model of {@code nonEmbeddingParameters} (FLOP). */
    public double compute(double nonEmbeddingParameters) {
        return 6 * nonEmbeddingParameters * tokens;
    }
}

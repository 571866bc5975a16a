package org.scalingsuite.reproductions.overtraining.data;

import java.util.List;
import java.util.Map;

/**
 * One trained model of the testbed: its size, tokens, validation losses and downstream accuracies, read from
 * {@code models/<name>.json} and {@code evals/evaluation_<name>_heavy.json}.
 *
 * @param name           the run name, e.g. {@code rpj-open_lm_1b-32.0}
 * @param trainingSet    the training distribution
 * @param shape          the model shape
 * @param parameters     N, parameters including embeddings ({@code hyperparameters.params})
 * @param tokens         D, training tokens ({@code hyperparameters.tokens})
 * @param chinchillaMultiplier {@code hyperparameters.chinchilla_multiplier}; the token multiplier is 20 times it
 * @param losses         validation losses by set key, in file order
 * @param accuracies     downstream accuracies in [0, 1] by task key ({@code eval_metrics.icl}), in file order
 */
public record ModelRun(String name, TrainingSet trainingSet, ModelShape shape, long parameters, long tokens,
        double chinchillaMultiplier, Map<String, ValidationLoss> losses, Map<String, Double> accuracies) {

    /** The validation set of every headline fit: "C4 eval". */
    public static final String C4_EVAL = "c4_val";

    public ModelRun {
        losses = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(losses));
        accuracies = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(accuracies));
    }

    /** @return the token multiplier M = 20 x chinchilla_multiplier (equal to D/N in every released file). */
    public double multiplier() {
        return 20 * chinchillaMultiplier;
    }

    /** @return the training compute C = 6 N D in FLOP, the paper's approximation. */
    public double compute() {
        return 6.0 * parameters * (double) tokens;
    }

    /** @return the loss on a validation set. */
    public double loss(String set) {
        ValidationLoss l = losses.get(set);
        if (l == null) {
            throw new IllegalArgumentException(name + " has no validation set '" + set + "'; sets are "
                    + losses.keySet());
        }
        return l.loss();
    }

    /** @return the C4-eval loss. */
    public double c4Loss() {
        return loss(C4_EVAL);
    }

    /**
     * @return the mean top-1 error, 1 - accuracy, over the given tasks: an unweighted mean, summed in the order
     *         of the eval file as the authors' parser does
     */
    public double meanError(List<String> tasks) {
        double sum = 0;
        int count = 0;
        for (Map.Entry<String, Double> e : accuracies.entrySet()) {
            if (tasks.contains(e.getKey())) {
                sum += 1.0 - e.getValue();
                count++;
            }
        }
        if (count != tasks.size()) {
            throw new IllegalArgumentException(name + " has " + count + " of the " + tasks.size() + " tasks");
        }
        return sum / count;
    }

    /** @return e.g. {@code 1.4B M=640}. */
    public String label() {
        return shape.label() + " M=" + formatMultiplier(multiplier());
    }

    static String formatMultiplier(double m) {
        return m == Math.rint(m) ? Long.toString((long) m) : Double.toString(m);
    }
}

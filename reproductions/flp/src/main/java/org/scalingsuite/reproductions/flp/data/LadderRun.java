package org.scalingsuite.reproductions.flp.data;

import java.util.List;
import java.util.Objects;

/**
 * One training run of the OLMo ladder: a sampling model trained to one token budget, with every evaluated
 * checkpoint in step order. Every run decays its learning rate to 0.1 x peak at its own end, so the last
 * checkpoint is the run's end-of-schedule ("final") checkpoint.
 *
 * @param model       the model
 * @param budget      the upstream budget label, e.g. {@code 0.5xC} or {@code 1xC-rerun}
 * @param multiple    the budget as a multiple of Chinchilla's 20 tokens per parameter
 * @param checkpoints the checkpoints in increasing step order (at least one)
 */
public record LadderRun(ModelSpec model, String budget, double multiple, List<Checkpoint> checkpoints) {

    public LadderRun {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(budget, "budget");
        checkpoints = List.copyOf(checkpoints);
        if (checkpoints.isEmpty()) {
            throw new IllegalArgumentException("run " + model.label() + "-" + budget + " has no checkpoints");
        }
    }

    /** @return the last (end-of-schedule) checkpoint. */
    public Checkpoint last() {
        return checkpoints.get(checkpoints.size() - 1);
    }

    /** @return a label such as {@code 190M 0.5xC}. */
    public String label() {
        return model.label() + " " + budget;
    }

    /** @return the final checkpoint's compute C = 6 N D (FLOP). */
    public double finalCompute() {
        return last().compute(model.nonEmbeddingParameters());
    }
}

package org.scalingsuite.reproductions.flp.data;

import java.util.Objects;

/**
 * A target model whose performance is predicted: its spec and the evaluated checkpoint used as the actual
 * value.
 *
 * @param model      the model
 * @param checkpoint the checkpoint taken as the target's actual losses and accuracies
 * @param tokenRule  how the checkpoint's token count was obtained (shown in the report)
 */
public record Target(ModelSpec model, Checkpoint checkpoint, String tokenRule) {

    public Target {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(checkpoint, "checkpoint");
        Objects.requireNonNull(tokenRule, "tokenRule");
    }

    /** @return compute C = 6 N D of the target checkpoint (FLOP). */
    public double compute() {
        return checkpoint.compute(model.nonEmbeddingParameters());
    }
}

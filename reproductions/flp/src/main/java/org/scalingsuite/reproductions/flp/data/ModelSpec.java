package org.scalingsuite.reproductions.flp.data;

import java.util.Objects;

/**
 * One model of the OLMo ladder stand-in, as listed in {@code flp/olmo-ladder/models.csv} (transcribed from
 * upstream {@code scripts/scaling/final_moredata.json}, field {@code n}).
 *
 * @param label                  the model label, e.g. {@code 190M} or {@code 7B-4T}
 * @param filesPrefix            the prefix of its evaluation files, e.g. {@code 190M-} or {@code peteish7_}
 * @param nonEmbeddingParameters the non-embedding parameter count N used in C = 6 N D
 * @param role                   whether the model is a sampling model or a target
 */
public record ModelSpec(String label, String filesPrefix, double nonEmbeddingParameters, Role role) {

    /** A sampling model (fitted) or a target (predicted). */
    public enum Role {
        SAMPLING,
        TARGET
    }

    public ModelSpec {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(filesPrefix, "filesPrefix");
        Objects.requireNonNull(role, "role");
        if (!(nonEmbeddingParameters > 0) || !Double.isFinite(nonEmbeddingParameters)) {
            throw new IllegalArgumentException("model " + label + ": parameter count must be positive, got "
                    + nonEmbeddingParameters);
        }
    }
}

package org.scalingsuite.core.compare;

import java.util.List;
import java.util.Objects;
import org.scalingsuite.core.data.Observations;

/**
 * The runs of one comparison data set: observations with inputs (N, D) (parameters, training tokens) and
 * response loss, plus notes saying how they were obtained from the source files (every filter, with its
 * count). N is the model size used to split the runs into fitted and held-out ones.
 *
 * @param runs  the observations, inputs {@code ["N", "D"]}, response {@code loss}
 * @param notes how the runs were derived from the source files; empty when they are the file's rows as is
 */
public record RunSet(Observations runs, List<String> notes) {

    public RunSet {
        Objects.requireNonNull(runs, "runs");
        notes = List.copyOf(notes);
        if (!runs.inputNames().equals(List.of("N", "D"))) {
            throw new IllegalArgumentException("comparison runs need inputs [N, D], not " + runs.inputNames());
        }
    }

    /** @return the distinct model sizes, ascending. */
    public double[] modelSizes() {
        return java.util.Arrays.stream(runs.column(0)).distinct().sorted().toArray();
    }
}

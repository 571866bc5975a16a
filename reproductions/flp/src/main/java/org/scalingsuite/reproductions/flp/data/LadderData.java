package org.scalingsuite.reproductions.flp.data;

import java.util.List;
import java.util.Objects;

/**
 * The OLMo ladder stand-in as loaded: the sampling runs and the two targets.
 *
 * @param models   every model of {@code models.csv}, in file order
 * @param runs     the sampling runs, by model then budget
 * @param targets  the targets (OLMo-2 7B, then 13B)
 */
public record LadderData(List<ModelSpec> models, List<LadderRun> runs, List<Target> targets) {

    public LadderData {
        models = List.copyOf(models);
        runs = List.copyOf(runs);
        targets = List.copyOf(targets);
    }

    /** @return the number of checkpoints over all sampling runs. */
    public int checkpointCount() {
        return runs.stream().mapToInt(r -> r.checkpoints().size()).sum();
    }

    /** @return the target with this model label. */
    public Target target(String label) {
        Objects.requireNonNull(label, "label");
        return targets.stream().filter(t -> t.model().label().equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no target '" + label + "'"));
    }
}

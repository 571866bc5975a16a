package org.scalingsuite.reproductions.hitchhiker.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A scaled family (the authors' {@code scaled_set}): models of one recipe at several sizes, each with its
 * checkpoints, and the loss definition every checkpoint's value follows.
 *
 * @param name           the family name, e.g. {@code OPT}
 * @param lossDefinition what the loss column is, in words, with its unit
 * @param checkpoints    every checkpoint of every model, in file order
 * @param rowsRead       data rows read from the source file(s)
 * @param rowsSkipped    rows read but not used, each for a reason given in {@code skippedBecause}
 * @param skippedBecause why rows were skipped (empty when none were)
 */
public record ModelFamily(String name, String lossDefinition, List<Checkpoint> checkpoints, int rowsRead,
        int rowsSkipped, String skippedBecause) {

    public ModelFamily {
        checkpoints = List.copyOf(checkpoints);
    }

    /** @return the model names sorted by parameter count (ties keep file order), smallest first. */
    public List<String> models() {
        Map<String, Double> sizes = new LinkedHashMap<>();
        for (Checkpoint c : checkpoints) {
            Double previous = sizes.putIfAbsent(c.model(), c.parameters());
            if (previous != null && previous != c.parameters()) {
                throw new IllegalStateException("family " + name + ": model " + c.model() + " has two sizes, "
                        + previous + " and " + c.parameters());
            }
        }
        List<String> names = new ArrayList<>(sizes.keySet());
        names.sort(Comparator.comparingDouble(sizes::get));
        return List.copyOf(names);
    }

    /** @return the parameter count of a model. */
    public double parameters(String model) {
        return checkpoints.stream().filter(c -> c.model().equals(model)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("family " + name + " has no model " + model))
                .parameters();
    }

    /** @return the checkpoints of the given models, in file order. */
    public List<Checkpoint> of(List<String> models) {
        return checkpoints.stream().filter(c -> models.contains(c.model())).toList();
    }

    /** @return the number of checkpoints of one model. */
    public int count(String model) {
        return (int) checkpoints.stream().filter(c -> c.model().equals(model)).count();
    }
}

package org.scalingsuite.reproductions.flp;

import java.util.List;
import java.util.Objects;
import org.scalingsuite.reproductions.flp.data.Checkpoint;

/**
 * A downstream task: its accuracy columns (averaged with equal weights when there are several, as for
 * MMLU's four test categories) and its random-guessing accuracy.
 *
 * @param name    the task name, e.g. {@code hellaswag}
 * @param columns the upstream accuracy columns
 * @param chance  accuracy of random guessing (1 / number of choices)
 */
public record Benchmark(String name, List<String> columns, double chance) {

    public Benchmark {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException("benchmark " + name + " has no accuracy column");
        }
        if (!(chance > 0 && chance < 1)) {
            throw new IllegalArgumentException("benchmark " + name + ": chance accuracy must be in (0, 1): " + chance);
        }
    }

    /** @return the task accuracy of a checkpoint: the unweighted mean of its columns. */
    public double accuracy(Checkpoint checkpoint) {
        double sum = 0;
        for (String c : columns) {
            sum += checkpoint.metric(c);
        }
        return sum / columns.size();
    }
}

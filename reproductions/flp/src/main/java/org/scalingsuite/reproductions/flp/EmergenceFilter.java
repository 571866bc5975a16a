package org.scalingsuite.reproductions.flp;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.reproductions.flp.data.Checkpoint;

/**
 * FLP's emergence filter for stage 2: a checkpoint enters the loss-to-performance fit only when its accuracy
 * exceeds random guessing by more than a margin, {@code P > chance + margin} (the paper: random + 5 points,
 * i.e. a margin of 0.05). Checkpoints below are counted, not silently dropped.
 *
 * @param margin the margin above chance accuracy (a fraction)
 */
public record EmergenceFilter(double margin) {

    /** The result: the checkpoints kept and how many were dropped. */
    public record Selection(List<Checkpoint> kept, int dropped) {
        public Selection {
            kept = List.copyOf(kept);
        }
    }

    public EmergenceFilter {
        if (!(margin >= 0) || !Double.isFinite(margin)) {
            throw new IllegalArgumentException("margin must be finite and non-negative: " + margin);
        }
    }

    /** @return true when {@code accuracy > chance + margin}. */
    public boolean emerged(double accuracy, double chance) {
        return accuracy > chance + margin;
    }

    /** @return the checkpoints whose accuracy on {@code benchmark} has emerged, in input order. */
    public Selection select(List<Checkpoint> checkpoints, Benchmark benchmark) {
        List<Checkpoint> kept = new ArrayList<>();
        int dropped = 0;
        for (Checkpoint c : checkpoints) {
            if (emerged(benchmark.accuracy(c), benchmark.chance())) {
                kept.add(c);
            } else {
                dropped++;
            }
        }
        return new Selection(kept, dropped);
    }
}

package org.scalingsuite.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.data.Observations;

/**
 * How runs are split for scoring extrapolation: every run whose model size N is at least {@code threshold}
 * is held out (a target); the smaller models are fitted. This is the "fit on small models, predict the
 * larger ones" protocol that scaling-law users care about. A threshold of positive infinity holds out
 * nothing (every run is fitted and no target is scored), e.g. for timing a bootstrap on a whole data set.
 *
 * @param threshold the smallest held-out model size, in parameters; positive
 */
public record HoldOut(double threshold) {

    public HoldOut {
        if (!(threshold > 0)) {
            throw new IllegalArgumentException("hold-out threshold must be a positive model size: " + threshold);
        }
    }

    /** @return hold out the runs with N at or above {@code threshold}. */
    public static HoldOut atOrAbove(double threshold) {
        return new HoldOut(threshold);
    }

    /** @return hold out nothing: fit every run. */
    public static HoldOut none() {
        return new HoldOut(Double.POSITIVE_INFINITY);
    }

    /** @return true when nothing is held out. */
    public boolean isNone() {
        return threshold == Double.POSITIVE_INFINITY;
    }

    /** @return the runs split into fitted (N below the threshold) and held-out ones, each in file order. */
    public Split split(Observations runs) {
        List<Integer> train = new ArrayList<>();
        List<Integer> test = new ArrayList<>();
        for (int i = 0; i < runs.size(); i++) {
            (runs.input(0, i) >= threshold ? test : train).add(i);
        }
        return new Split(runs.select(train.stream().mapToInt(Integer::intValue).toArray()),
                runs.select(test.stream().mapToInt(Integer::intValue).toArray()));
    }

    /** @return a one-line description, e.g. "fit N < 2.5e9, score N >= 2.5e9". */
    public String describe() {
        return isNone() ? "fit every run, hold out none" : "fit N < " + threshold + ", score N >= " + threshold;
    }

    /**
     * @param train the fitted runs
     * @param test  the held-out runs
     */
    public record Split(Observations train, Observations test) {
    }
}

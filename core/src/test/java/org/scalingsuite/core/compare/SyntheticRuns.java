package org.scalingsuite.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.data.Observations;

/** Test data: runs of L = 1.8 + 400/N^0.34 + 2000/D^0.37 on a grid of sizes and token counts. */
final class SyntheticRuns {

    static final double[] TRUTH = {1.8, 400, 2000, 0.34, 0.37};
    static final double[] SIZES = {5e7, 1e8, 2e8, 4e8, 1e9, 3e9};
    static final double[] TOKENS = {1e9, 3e9, 1e10, 3e10, 1e11};

    private SyntheticRuns() {
    }

    /** @return noise-free runs, or runs with multiplicative noise {@code exp(noise * z)} from a fixed sequence. */
    static RunSet runs(double noise) {
        List<double[]> rows = new ArrayList<>();
        java.util.Random random = new java.util.Random(7);
        for (double n : SIZES) {
            for (double d : TOKENS) {
                double loss = TRUTH[0] + TRUTH[1] / Math.pow(n, TRUTH[3]) + TRUTH[2] / Math.pow(d, TRUTH[4]);
                rows.add(new double[] {n, d, loss * Math.exp(noise * random.nextGaussian())});
            }
        }
        double[] n = rows.stream().mapToDouble(r -> r[0]).toArray();
        double[] d = rows.stream().mapToDouble(r -> r[1]).toArray();
        double[] y = rows.stream().mapToDouble(r -> r[2]).toArray();
        return new RunSet(Observations.of(List.of("N", "D"), new double[][] {n, d}, "loss", y), List.of("synthetic"));
    }
}

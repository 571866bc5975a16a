package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRun;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRuns;

/**
 * Evaluates Step Law against a released loss grid: per (N, D) cell, the run nearest the predicted
 * (learning rate, batch) in {@code (log2 lr, log2 bs)} stands in for the prediction, and its smoothed loss is
 * compared with the cell's minimum. The paper's own test set is not released, so this is the closest check the
 * data allow.
 */
public final class StepLawGridCheck {

    private StepLawGridCheck() {
    }

    /** @return one gap per cell, cells sorted by N then D. */
    public static List<StepLawCellGap> gaps(List<StepLawRun> runs, StepLaw law) {
        List<StepLawCellGap> out = new ArrayList<>();
        for (Map.Entry<StepLawRuns.Cell, List<StepLawRun>> e : StepLawRuns.byCell(runs).entrySet()) {
            double n = e.getKey().parameters();
            double d = e.getKey().tokens();
            double lr = law.learningRate(n, d);
            double bs = law.batchSequences(d);
            StepLawRun nearest = null;
            StepLawRun best = null;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (StepLawRun r : e.getValue()) {
                double dl = log2(r.learningRate()) - log2(lr);
                double db = log2(r.batchSequences()) - log2(bs);
                double distance = dl * dl + db * db;
                if (distance < nearestDistance) {
                    nearestDistance = distance;
                    nearest = r;
                }
                if (best == null || r.smoothLoss() < best.smoothLoss()) {
                    best = r;
                }
            }
            out.add(new StepLawCellGap(n, d, e.getValue().size(), lr, bs, nearest.learningRate(),
                    nearest.batchSequences(), nearest.smoothLoss(), best.learningRate(), best.batchSequences(),
                    best.smoothLoss()));
        }
        return List.copyOf(out);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Evaluates Step Law against a released loss grid: per cell (group, N, D), the run nearest the predicted
 * (learning rate, batch) in {@code (log2 lr, log2 bs)} stands in for the prediction, and its smoothed loss is
 * compared with the cell's minimum. The paper's own test set is not released, so this is the closest check the
 * data allow.
 */
public final class StepLawGridCheck {

    private StepLawGridCheck() {
    }

    /** @return one gap per cell, cells sorted by group, N, then D. */
    public static List<StepLawCellGap> gaps(List<GridRun> runs, StepLaw law) {
        Map<List<Object>, List<GridRun>> cells = new LinkedHashMap<>();
        runs.stream().sorted(Comparator.comparing(GridRun::group).thenComparingDouble(GridRun::parameters)
                        .thenComparingDouble(GridRun::tokens))
                .forEach(r -> cells.computeIfAbsent(List.of(r.group(), r.parameters(), r.tokens()),
                        k -> new ArrayList<>()).add(r));
        List<StepLawCellGap> out = new ArrayList<>();
        for (List<GridRun> cell : cells.values()) {
            GridRun first = cell.get(0);
            double lr = law.learningRate(first.parameters(), first.tokens());
            double bs = law.batchSequences(first.tokens());
            GridRun nearest = null;
            GridRun best = null;
            double nearestDistance = Double.POSITIVE_INFINITY;
            for (GridRun r : cell) {
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
            out.add(new StepLawCellGap(first.group(), first.parameters(), first.tokens(), cell.size(), lr, bs,
                    nearest.learningRate(), nearest.batchSequences(), nearest.smoothLoss(), best.learningRate(),
                    best.batchSequences(), best.smoothLoss()));
        }
        return List.copyOf(out);
    }

    /** @return the mean gap over cells. */
    public static double meanGap(List<StepLawCellGap> gaps) {
        return gaps.stream().mapToDouble(StepLawCellGap::gap).average().orElseThrow();
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

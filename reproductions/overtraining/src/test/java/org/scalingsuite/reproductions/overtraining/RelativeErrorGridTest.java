package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Heatmap;

/**
 * Reproduces the relative-error grid of Gadre et al. (2024) (the heat map "relative error on C4 eval for
 * different training distributions"): for every released run, |predicted - actual| / actual of the C4-eval loss,
 * by training set, model size N and token multiplier M, from the default 5-run fit. Reference: the authors'
 * released recipe rerun on the released data (test resource relative-error-grid.csv, 2 decimals, with
 * provenance). Data: all 104 models. Method: the authors' default loss fit per training set.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='RelativeErrorGridTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class RelativeErrorGridTest {

    private static final double TOLERANCE_PP = 0.005;

    @Test
    void everyCellMatchesTheAuthorsRecipe() {
        ReferenceValues ref = ReferenceValues.load("relative-error-grid.csv");
        int cells = 0;
        for (List<String> row : ref.rows()) {
            String set = ref.get(row, "training_set");
            Heatmap grid = heatmap(set);
            int r = grid.rows().indexOf(ref.get(row, "size"));
            assertTrue(r >= 0, "row " + ref.get(row, "size"));
            for (int c = 0; c < grid.columns().size(); c++) {
                String expected = ref.get(row, grid.columns().get(c));
                double actual = grid.values()[r][c];
                String where = set + " " + grid.rows().get(r) + " " + grid.columns().get(c);
                if (expected.equals("-")) {
                    assertTrue(Double.isNaN(actual), where + " should be empty, is " + actual);
                } else {
                    assertEquals(Double.parseDouble(expected), actual, TOLERANCE_PP, where);
                    cells++;
                }
            }
        }
        assertEquals(104, cells, "one cell per released model");
    }

    @Test
    void meanErrorsOverTheTestbed() {
        // Paper note, section 6.5: mean over all runs / over the runs not in the loss fit set.
        String t = "grid-summary";
        assertEquals(1.80, OvertrainingReportFixture.cell(t, "mean rel. error, all runs (%)", "C4"), 0.005);
        assertEquals(2.08, OvertrainingReportFixture.cell(t, "mean rel. error, held-out runs (%)", "C4"), 0.005);
        assertEquals(1.38, OvertrainingReportFixture.cell(t, "mean rel. error, all runs (%)", "RedPajama"), 0.005);
        assertEquals(1.58, OvertrainingReportFixture.cell(t, "mean rel. error, held-out runs (%)", "RedPajama"),
                0.005);
        assertEquals(1.53, OvertrainingReportFixture.cell(t, "mean rel. error, all runs (%)", "RefinedWeb"), 0.005);
        // The note prints 1.78 here, but the mean of its own 30 held-out RefinedWeb cells is 1.774 (1.7745 from
        // unrounded values): a rounding slip in the note, so the grid's mean is asserted.
        assertEquals(1.774, OvertrainingReportFixture.cell(t, "mean rel. error, held-out runs (%)", "RefinedWeb"),
                0.005);
    }

    @Test
    void underTrainedRunsArePredictedWorst() {
        for (String set : new String[] {"C4", "RedPajama", "RefinedWeb"}) {
            double m5 = OvertrainingReportFixture.cell("grid-summary", "mean rel. error, M = 5 (%)", set);
            double rest = OvertrainingReportFixture.cell("grid-summary", "mean rel. error, M >= 10 (%)", set);
            assertTrue(m5 > 5 && rest < 1.1, set + ": M = 5 " + m5 + "%, M >= 10 " + rest + "%");
        }
    }

    private static Heatmap heatmap(String set) {
        String key = switch (set) {
            case "C4" -> "c4_original";
            case "RedPajama" -> "rpj";
            case "RefinedWeb" -> "rw_original";
            default -> throw new IllegalArgumentException(set);
        };
        return (Heatmap) OvertrainingReportFixture.figure("relative-error-grid-" + key);
    }
}

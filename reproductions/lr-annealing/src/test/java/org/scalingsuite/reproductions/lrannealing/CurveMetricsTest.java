package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The accuracy metrics of the Multi-Power-Law evaluation (R^2 as sklearn's r2_score, MAE, RMSE, PredE, WorstE) and
 * the final-point error, on hand-computed cases; a set of curves is summarised by the unweighted mean over curves.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='CurveMetricsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class CurveMetricsTest {

    @Test
    void handComputedCase() {
        double[] observed = {4, 3, 2};
        double[] predicted = {4.2, 2.9, 2};
        CurveMetrics m = CurveMetrics.of(observed, predicted);
        // SS_res = 0.04 + 0.01 = 0.05; SS_tot = 1 + 0 + 1 = 2.
        assertEquals(1 - 0.05 / 2, m.r2(), 1e-15);
        assertEquals(0.3 / 3, m.mae(), 1e-15);
        assertEquals(Math.sqrt(0.05 / 3), m.rmse(), 1e-15);
        assertEquals((0.2 / 4 + 0.1 / 3) / 3, m.predE(), 1e-15);
        assertEquals(0.05, m.worstE(), 1e-15);
        assertEquals(0.0, m.finalError(), 0.0);
    }

    @Test
    void meanOverCurvesIsUnweighted() {
        CurveMetrics a = new CurveMetrics(0.9, 0.1, 0.2, 0.01, 0.05, 0.02);
        CurveMetrics b = new CurveMetrics(0.7, 0.3, 0.4, 0.03, 0.07, 0.01);
        CurveMetrics m = CurveMetrics.mean(List.of(a, b));
        assertEquals(0.8, m.r2(), 1e-15);
        assertEquals(0.2, m.mae(), 1e-15);
        assertEquals(0.3, m.rmse(), 1e-15);
        assertEquals(0.02, m.predE(), 1e-15);
        assertEquals(0.06, m.worstE(), 1e-15);
        assertEquals(0.02, m.finalError(), 0.0, "the largest final error, not the mean");
    }
}

package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.Series;

/**
 * Reproduces the end-to-end predictions on the stand-in (table {@code predictions} and figure
 * {@code predicted-vs-actual}): for each of 9 tasks and both targets (OLMo-2 7B and 13B), FLP (stage 2 at stage
 * 1's predicted c4 loss), the FP baseline, and stage 2 alone at the target's actual loss, against the measured
 * accuracy. Data: the 25 OLMo ladder runs; targets from {@code peteish7_eval_anneal.csv} and the last row of
 * {@code peteish13_eval_final.csv}. Method: closed-form fits of {@link Stage2AccuracyVersusLossTest} and
 * {@link Stage1LossVersusComputeTest}. Locked values at relative 1e-6; actual accuracies, FLP predictions and
 * FLP and FP errors also match the independent implementation's printed values.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='PredictedVersusActualTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class PredictedVersusActualTest {

    @Test
    void predictionsAndErrorsAreTheLockedValues() {
        assertEquals(72, LockedValues.checkTable("predictions"), "4 printed values for 18 task-target pairs");
    }

    @Test
    void errorsAreRelativeToTheActualAccuracy() {
        double actual = FlpReportFixture.cell("predictions", "actual accuracy", "hellaswag", "7B-4T");
        double flp = FlpReportFixture.cell("predictions", "FLP", "hellaswag", "7B-4T");
        assertEquals(100 * (flp - actual) / actual,
                FlpReportFixture.cell("predictions", "FLP error (%)", "hellaswag", "7B-4T"), 1e-12);
    }

    @Test
    void figureShowsEveryPredictionAgainstItsActualValue() {
        Chart chart = (Chart) FlpReportFixture.report().figures().stream()
                .filter(f -> f.id().equals("predicted-vs-actual")).findFirst().orElseThrow();
        Series flp = chart.series().get(0);
        assertEquals(18, flp.size());
        assertEquals(FlpReportFixture.cell("predictions", "actual accuracy", "mmlu", "13B-5T"), flp.x()[17], 0);
        assertEquals(FlpReportFixture.cell("predictions", "FLP", "mmlu", "13B-5T"), flp.y()[17], 0);
        assertEquals(FlpReportFixture.cell("predictions", "FP", "arc_easy", "7B-4T"), chart.series().get(1).y()[4], 0);
        assertEquals(Series.Style.LINE, chart.series().get(3).style());
    }
}

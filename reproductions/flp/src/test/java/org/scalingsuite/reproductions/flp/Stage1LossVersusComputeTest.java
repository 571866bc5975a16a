package org.scalingsuite.reproductions.flp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.Series;

/**
 * Reproduces FLP's stage 1 (FLOPs to loss) on the stand-in: the fitted L(C) = (C/C_N)^alpha_N and its
 * predictions of the 7B and 13B targets' c4 loss (stage-1 parameter table, table {@code stage1-targets} and
 * figure {@code stage1-loss-vs-compute}). Data: final checkpoints of the 25 OLMo ladder runs
 * (190M-3.2B non-embedding parameters, 0.5-10x Chinchilla tokens), C = 6 N D with non-embedding N, loss
 * {@code eval/c4_en-validation/CrossEntropyLoss}; targets OLMo-2 7B (4T tokens) and 13B (5T tokens). Method:
 * ordinary least squares of ln L on ln C. Locked values at relative 1e-6 (alpha_N -0.03989, errors -4.69% and
 * -6.30%), each also matching the independent implementation's printed value.
 * Run: {@code mvn -B -o -pl reproductions/flp -am verify -Dtest='Stage1LossVersusComputeTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class Stage1LossVersusComputeTest {

    @Test
    void fittedParametersAreTheLockedValues() {
        LockedValues.checkParameters("stage1");
    }

    @Test
    void targetPredictionsAreTheLockedValues() {
        assertEquals(8, LockedValues.checkTable("stage1-targets"), "values cross-checked against the notes");
    }

    @Test
    void stage1UnderPredictsTheOverTrainedTargets() {
        assertTrue(FlpReportFixture.cell("stage1-targets", "relative error (%)", "7B-4T") < 0);
        assertTrue(FlpReportFixture.cell("stage1-targets", "relative error (%)", "13B-5T")
                < FlpReportFixture.cell("stage1-targets", "relative error (%)", "7B-4T"));
    }

    @Test
    void figureShowsTheRunsTheFittedLineAndTheTargets() {
        Chart chart = (Chart) FlpReportFixture.report().figures().stream()
                .filter(f -> f.id().equals("stage1-loss-vs-compute")).findFirst().orElseThrow();
        assertTrue(chart.x().log() && chart.y().log(), "log-log axes");
        assertEquals("FLOP", chart.x().unit());
        Series runs = chart.series().get(0);
        assertEquals(25, runs.size());
        Series fitted = chart.series().get(1);
        Series extrapolated = chart.series().get(2);
        assertEquals(Series.Style.LINE, fitted.style());
        assertEquals(Series.Style.DASHED, extrapolated.style());
        double alpha = FlpReportFixture.report().parameters().get(0).estimates().get(1).value();
        double[] x = fitted.x();
        double[] y = fitted.y();
        double slope = Math.log(y[y.length - 1] / y[0]) / Math.log(x[x.length - 1] / x[0]);
        assertEquals(alpha, slope, 1e-12, "the drawn line is the fitted power law");
        double[] targetC = chart.series().get(3).x();
        assertTrue(Arrays.stream(extrapolated.x()).max().orElseThrow() >= Arrays.stream(targetC).max().orElseThrow(),
                "the extrapolated line reaches the targets");
        assertEquals(2.4829182624816895, chart.series().get(3).y()[0], 1e-12, "7B's actual c4 loss");
        assertEquals(FlpReportFixture.cell("stage1-targets", "predicted loss (nats/token)", "13B-5T"),
                chart.series().get(4).y()[1], 1e-12);
    }
}

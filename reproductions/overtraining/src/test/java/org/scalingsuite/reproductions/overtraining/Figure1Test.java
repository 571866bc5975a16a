package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Reproduces Figure 1 of Gadre et al. (2024) as the authors' notebook prints it (scaling_explorer.ipynb, saved
 * output): relative errors 0.7103% and 0.7320% of the predicted C4-eval loss and 3.6365% and 0.0464% of the
 * predicted 17-task top-1 error, for the 1.4B M = 640 (921B tokens) and 6.9B M = 20 RedPajama runs.
 * Data: the 35 released RedPajama models (model and eval JSON files). Method: the authors' recipe, loss law by
 * least squares with Levenberg-Marquardt from 128 starts on 5 runs, error law from (1, 1, 1) on 6 runs, error
 * predicted at the predicted loss.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='Figure1Test' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class Figure1Test {

    @Test
    void notebookRelativeErrorsReproduce() {
        OvertrainingReportFixture.reproduced("fig1.loss.1b");
        OvertrainingReportFixture.reproduced("fig1.loss.7b");
        OvertrainingReportFixture.reproduced("fig1.err17.1b");
        OvertrainingReportFixture.reproduced("fig1.err17.7b");
    }

    @Test
    void predictedAndActualValuesBehindTheRelativeErrors() {
        // The values behind the four percentages, from the authors' code rerun on the released data (paper
        // note, section 6.1), printed to 6 decimals.
        String t = "per-dataset";
        assertEquals(2.519827, OvertrainingReportFixture.cell(t, "predicted loss", "RedPajama", "1.4B M=640"), 5e-7);
        assertEquals(2.502054, OvertrainingReportFixture.cell(t, "C4-eval loss", "RedPajama", "1.4B M=640"), 5e-7);
        assertEquals(2.442745, OvertrainingReportFixture.cell(t, "predicted loss", "RedPajama", "6.9B M=20"), 5e-7);
        assertEquals(2.424993, OvertrainingReportFixture.cell(t, "C4-eval loss", "RedPajama", "6.9B M=20"), 5e-7);
        assertEquals(0.492496, OvertrainingReportFixture.cell(t, "predicted 17-task error", "RedPajama",
                "1.4B M=640"), 5e-7);
        assertEquals(0.475215, OvertrainingReportFixture.cell(t, "17-task error", "RedPajama", "1.4B M=640"), 5e-7);
        assertEquals(0.471856, OvertrainingReportFixture.cell(t, "predicted 17-task error", "RedPajama",
                "6.9B M=20"), 5e-7);
        assertEquals(0.471637, OvertrainingReportFixture.cell(t, "17-task error", "RedPajama", "6.9B M=20"), 5e-7);
    }

    @Test
    void targetsAreTheAbstractsRuns() {
        OvertrainingReportFixture.reproduced("target.1b.params");
        OvertrainingReportFixture.reproduced("target.1b.tokens");
        OvertrainingReportFixture.reproduced("target.1b.overtraining");
        OvertrainingReportFixture.reproduced("target.7b.params");
        OvertrainingReportFixture.reproduced("target.7b.tokens");
        // The exact released sizes: 921,468,928,000 tokens ("900B") and 137,788,211,200 ("138B").
        assertEquals(921_468_928_000.0, OvertrainingReportFixture.report().claim("target.1b.tokens").reproduced());
        assertEquals(137_788_211_200.0, OvertrainingReportFixture.report().claim("target.7b.tokens").reproduced());
    }
}

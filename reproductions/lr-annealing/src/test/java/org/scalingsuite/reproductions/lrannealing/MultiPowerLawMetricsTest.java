package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.lrannealing.data.MplPublished;
import org.scalingsuite.reproductions.lrannealing.data.MplPublishedRow;

/**
 * Reproduces the Multi-Power-Law README's "Evaluation Metrics" (Luo et al. 2025; R^2 0.9988 / 0.9983 / 0.9978 and
 * MAE, RMSE, PredE, WorstE for 25M/100M/400M) to the printed digit, from its published parameters, and the MPL
 * paper's claim that it predicts held-out schedules more accurately than the annealing law (PredE), shown side by
 * side in the report's law-comparison table. Data: the six MPL test curves. Method: the MPL forward pass over every
 * step with the linear warmup as trained, metrics averaged over curves as upstream does.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='MultiPowerLawMetricsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class MultiPowerLawMetricsTest {

    private static final List<String> METRICS = List.of("R2", "MAE", "RMSE", "PredE", "WorstE");

    @Test
    void publishedMetricsReproduceToThePrintedDigit() {
        for (String m : new String[] {"25M", "100M", "400M"}) {
            for (String metric : METRICS) {
                LrAnnealingReportFixture.reproduced("mpl." + metric + "." + m);
            }
        }
    }

    @Test
    void multiPowerLawIsMoreAccurateThanTheAnnealingLaw() {
        for (String m : new String[] {"25M", "100M", "400M"}) {
            LrAnnealingReportFixture.reproduced("compare.PredE-gap." + m);
        }
    }

    @Test
    void claimsAgreeWithTheTranscribedReadme() {
        for (MplPublishedRow row : MplPublished.load(DatasetStore.standard())) {
            String m = row.modelSize() + "M";
            double[] values = {row.r2(), row.mae(), row.rmse(), row.predE(), row.worstE()};
            for (int i = 0; i < METRICS.size(); i++) {
                ClaimResult c = LrAnnealingReportFixture.report().claim("mpl." + METRICS.get(i) + "." + m);
                assertEquals(values[i], c.claim().published(), 0.0, c.claim().id());
            }
        }
    }

    @Test
    void sideBySideTableHasBothLawsForEverySize() {
        Table t = LrAnnealingReportFixture.report().table("law-comparison");
        assertEquals(9, t.rows().size());
        for (int i = 0; i < 9; i += 3) {
            double tissue = t.rows().get(i).get(6).number();
            double mpl = t.rows().get(i + 1).get(6).number();
            assertEquals(true, mpl < tissue, t.rows().get(i).get(0).text());
        }
    }
}

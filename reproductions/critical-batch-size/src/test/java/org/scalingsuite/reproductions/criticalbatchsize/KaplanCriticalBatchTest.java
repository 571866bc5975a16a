package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.criticalbatchsize.data.PublishedConstants;

/**
 * Reproduces Kaplan et al.'s (2020) Section 5.1 and Figure 10: B_crit(L) = 2.1e8 tokens / L^(1/0.21) (Table 5),
 * about 1-2M tokens near L = 2.7-3.1 nats, doubling for every ~13% decrease in loss, p_B = alpha_C_min / alpha_B
 * (Table 6), and Eqs. 5.4-5.5. Data: published_constants.csv (loss in nats, batch in tokens); Zhang et al.'s
 * fits for the cross-dataset figure. Method: evaluating the law.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='KaplanCriticalBatchTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class KaplanCriticalBatchTest {

    private static final KaplanCriticalBatch KAPLAN = KaplanSection.published(
            PublishedConstants.load(DatasetStore.standard()));

    @Test
    void publishedConstants() {
        assertEquals(2.1e8, KAPLAN.scale());
        assertEquals(0.21, KAPLAN.exponent());
    }

    @Test
    void oneToTwoMillionTokensNearLossThree() {
        assertEquals(1.854e6, CriticalBatchSizeReportFixture.reproduced("kaplan.bcrit.at_2.7"), 1e3);
        assertEquals(1.1226e6, CriticalBatchSizeReportFixture.reproduced("kaplan.bcrit.at_3.0"), 1e2);
        // the range 1-2M tokens corresponds to L = 2.66-3.07 nats; at 3.1 B_crit is 0.96M ("roughly" 1M)
        assertEquals(2.66, KAPLAN.lossAt(2e6), 0.005);
        assertEquals(3.07, KAPLAN.lossAt(1e6), 0.005);
        assertEquals(0.96e6, KAPLAN.criticalBatch(3.1), 0.01e6);
    }

    @Test
    void doublesPerThirteenPercentLossDrop() {
        double drop = CriticalBatchSizeReportFixture.reproduced("kaplan.doubling_loss_decrease");
        assertEquals(2, KAPLAN.criticalBatch(3.0 * (1 - drop)) / KAPLAN.criticalBatch(3.0), 1e-12);
        // Figure 10's legend exponent: 1/0.21 = 4.76, written L^-4.8
        assertEquals(4.8, 1 / KAPLAN.exponent(), 0.05);
    }

    @Test
    void computeEfficientExponent() {
        assertEquals(0.238, CriticalBatchSizeReportFixture.reproduced("kaplan.p_B"), 1e-3);
    }

    @Test
    void minimumStepsAndComputeInvertTheTradeoff() {
        double loss = 3.0;
        double b = Math.pow(2, 19);
        double bcrit = KAPLAN.criticalBatch(loss);
        StepsExamplesTradeoff t = new StepsExamplesTradeoff(5000, 5000 * bcrit);
        double steps = t.steps(b);
        assertEquals(5000, KAPLAN.minimumSteps(steps, b, loss), 1e-9);
        assertEquals(t.minExamples(), KAPLAN.minimumCompute(t.examples(b), b, loss), 1e-3);
    }

    @Test
    void figureHasUnitsAndAllSeries() {
        Chart c = (Chart) CriticalBatchSizeReportFixture.report().figures().stream()
                .filter(f -> f.id().equals("kaplan-bcrit-vs-loss")).findFirst().orElseThrow();
        assertEquals("tokens", c.y().unit());
        assertEquals("nats/token", c.x().unit());
        assertEquals(4, c.series().size());
        assertEquals(5, c.series().get(1).size());
        assertTrue(CriticalBatchSizeReportFixture.report().parameters().stream()
                .anyMatch(p -> p.id().equals("kaplan-form-on-zhang")));
    }
}

package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.criticalbatchsize.data.ZhangStepsTable;

/**
 * Reproduces Zhang et al.'s (2024) CBS analysis (released notebook plots/chinchilla.ipynb): the log-space fit of
 * S(B) = S_min + E_min/B per model gives CBS = 0.2 E_min/S_min + 1.2 x 256 = 745.3, 955.2, 1393.7, 1888.5,
 * 2533.4 sequences of 512 tokens, and CBS = 93.197 N^0.46828 (N in millions). An unweighted linear-space fit
 * gives 5164 for the 302M model. Data: zhang2024_steps_to_target_loss.csv (45 rows). Method: Levenberg-Marquardt
 * on log S from the relative-error-weighted linear solve; LM on log CBS for the power law.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='ZhangCbsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ZhangCbsTest {

    private static final List<ZhangModelFit> FITS = ZhangCbsFit.fitModels(ZhangStepsTable.load(DatasetStore.standard()));

    @Test
    void perModelCbsReproduces() {
        for (String m : ZhangSection.MODELS) {
            CriticalBatchSizeReportFixture.reproduced("zhang.cbs." + m);
        }
    }

    @Test
    void powerLawReproduces() {
        assertEquals(93.197, CriticalBatchSizeReportFixture.reproduced("zhang.powerlaw.coefficient"), 1e-3);
        assertEquals(0.46828, CriticalBatchSizeReportFixture.reproduced("zhang.powerlaw.exponent"), 1e-5);
    }

    @Test
    void cbsGrowsWithModelSize() {
        for (int i = 1; i < FITS.size(); i++) {
            assertTrue(FITS.get(i).criticalBatchSequences() > FITS.get(i - 1).criticalBatchSequences());
            assertTrue(FITS.get(i).sizeMillions() > FITS.get(i - 1).sizeMillions());
        }
    }

    @Test
    void linearSpaceFitLandsFarOffForThe302MModel() {
        ZhangModelFit m302 = FITS.get(2);
        assertEquals("302M", m302.model());
        assertEquals(5164, m302.linearCriticalBatchSequences(), 1);
        assertEquals(744, FITS.get(0).linearCriticalBatchSequences(), 1);
        assertEquals(1356, FITS.get(4).linearCriticalBatchSequences(), 1);
        assertTrue(CriticalBatchSizeReportFixture.report().notes().stream()
                .anyMatch(n -> n.contains("5164") && n.contains("302M")));
    }

    @Test
    void fitsAreTightInLogSpaceAndObeyTheHyperbola() {
        for (ZhangModelFit f : FITS) {
            assertTrue(f.logResult().converged(), f.model());
            assertTrue(f.rmsLogResidual() > 0.03 && f.rmsLogResidual() < 0.06, f.model() + " " + f.rmsLogResidual());
            for (double b : new double[] {64, 256, 4096}) {
                assertEquals(1, f.logFit().hyperbola(b), 1e-12);
            }
            assertEquals(f.criticalBatchSequences(), 0.2 * f.logFit().criticalBatch() + 307.2, 1e-9);
        }
        // units: McCandlish B_crit of the 85M model is 2190.6 sequences = 1.12M tokens
        assertEquals(2190.6, FITS.get(0).logFit().criticalBatch(), 0.1);
        assertEquals(1.1216e6, FITS.get(0).mcCandlishCriticalBatchTokens(), 1e3);
    }

    @Test
    void figuresShowCurvesWithFittedCbsAndThePowerLaw() {
        Chart steps = chart("zhang-steps-vs-batch");
        assertEquals("sequences of 512 tokens", steps.x().unit());
        assertEquals(11, steps.series().size());
        assertEquals(5, steps.series().get(10).size());
        Chart size = chart("zhang-cbs-vs-size");
        assertEquals("millions of parameters", size.x().unit());
        assertTrue(size.series().stream().anyMatch(s -> s.name().startsWith("power law")));
    }

    private static Chart chart(String id) {
        return (Chart) CriticalBatchSizeReportFixture.report().figures().stream().filter(f -> f.id().equals(id))
                .findFirst().orElseThrow();
    }
}

package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawBootstrapFits;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRun;
import org.scalingsuite.reproductions.criticalbatchsize.data.StepLawRuns;

/**
 * Reproduces Step Law's (Li et al. 2025) accuracy claim on the released dense grid: the run nearest the predicted
 * (lr, bs) is within about 0.1% of each cell's best smoothed loss (mean below 0.2%, median below 0.1%; the paper
 * says 0.09% on an unreleased test set), and shows that refitting the law with the authors' recipe on this grid
 * does not recover the published exponents (DEVIATES, values locked). Data: dense_lr_bs_loss.csv (1,911 runs,
 * 17 cells; bs in sequences of 2048 tokens, the law in tokens). Method: nearest grid point in log2 space; 0.25%
 * filter, OLS, 1,000 seeded bootstrap resamples.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='StepLawGridTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class StepLawGridTest {

    private static final List<StepLawRun> DENSE = StepLawRuns.loadDense(DatasetStore.standard());

    @Test
    void releasedGridIdentities() {
        assertEquals(1911, DENSE.size());
        assertEquals(17, StepLawRuns.byCell(DENSE).size());
        for (StepLawRun r : DENSE) {
            assertEquals(r.parametersFromShape(), r.parameters(), 0, "line " + r.line());
            assertEquals(1, r.tokensProcessed() / r.tokens(), 0.003, "line " + r.line());
        }
    }

    @Test
    void predictedHyperparametersLandNearEachCellsBest() {
        double mean = CriticalBatchSizeReportFixture.reproduced("steplaw.grid.mean_gap");
        double median = CriticalBatchSizeReportFixture.reproduced("steplaw.grid.median_gap");
        assertTrue(mean < 0.002 && median < 0.001, mean + " " + median);
        List<StepLawCellGap> gaps = StepLawGridCheck.gaps(DENSE.stream().map(GridRun::dense).toList(),
                StepLaw.meanOf(StepLawBootstrapFits.load(DatasetStore.standard())));
        assertEquals(17, gaps.size());
        for (StepLawCellGap g : gaps) {
            assertTrue(g.gap() >= 0 && g.gap() < 0.0035, g.toString());
        }
    }

    @Test
    void refitOnTheReleasedGridDeviatesFromThePublishedExponents() {
        double n = CriticalBatchSizeReportFixture.deviates("steplaw.refit.lr_exponent_N");
        double d = CriticalBatchSizeReportFixture.deviates("steplaw.refit.lr_exponent_D");
        double b = CriticalBatchSizeReportFixture.deviates("steplaw.refit.bs_exponent_D");
        // same signs and rough magnitudes as the published law
        assertTrue(n > -0.9 && n < -0.6, "N exponent " + n);
        assertTrue(d > 0.1 && d < 0.3, "D exponent of lr " + d);
        assertTrue(b > 0.5 && b < 0.7, "batch exponent " + b);
        assertTrue(Math.abs(d - 0.307) > 0.1, "the D exponent of lr is not recovered");
    }

    @Test
    void filterKeepsRunsWithinAQuarterPercent() {
        List<StepLawRun> kept = StepLawRefit.nearOptimal(DENSE, StepLawRefit.FILTER);
        assertEquals(129, kept.size());
        assertTrue(kept.size() >= 17, "every cell keeps at least its best run");
    }

    @Test
    void heatmapOfTheLargestCell() {
        var map = (org.scalingsuite.core.report.Heatmap) CriticalBatchSizeReportFixture.report().figures().stream()
                .filter(f -> f.id().equals("steplaw-grid-heatmap")).findFirst().orElseThrow();
        double min = Double.POSITIVE_INFINITY;
        int filled = 0;
        for (double[] row : map.values()) {
            for (double v : row) {
                if (!Double.isNaN(v)) {
                    min = Math.min(min, v);
                    filled++;
                }
            }
        }
        assertEquals(0, min);
        assertEquals(120, filled);
    }

    @Test
    void moeGridFavoursTotalOverActiveParameters() {
        var rows = CriticalBatchSizeReportFixture.report().table("steplaw-moe-gaps").rows();
        assertEquals(17, rows.size());
        var mean = rows.get(rows.size() - 1);
        assertEquals(708, mean.get(2).number());
        double total = mean.get(5).number();
        double active = mean.get(6).number();
        assertTrue(total < 0.3 && active > 0.5, total + " " + active);
    }
}

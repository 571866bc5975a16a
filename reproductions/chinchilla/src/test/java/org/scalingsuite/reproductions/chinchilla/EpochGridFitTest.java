package org.scalingsuite.reproductions.chinchilla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Table;

/**
 * Reproduces Epoch's 4,500-start grid fit of Hoffmann et al.'s Approach 3 (Besiroglu et al. 2024, released
 * notebook output): minimum Huber sum 0.00101827 and E 1.81724, A 477.84, B 2143.86, alpha 0.347313,
 * beta 0.367183.
 * Data: Epoch's digitised Figure 4 runs, 5 highest losses dropped (240 runs).
 * Method: Huber (delta 1e-3) on log residuals, log-sum-exp parameters, L-BFGS-B with scipy's defaults from
 * every start of Hoffmann's App. D.2 grid, best converged start kept.
 * Run: {@code mvn -B -pl reproductions/chinchilla -am verify -Dtest='EpochGridFitTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class EpochGridFitTest {

    @Test
    void dataFilterKeeps240Of245Runs() {
        assertEquals(245, ChinchillaReportFixture.reproduced("data.rows"));
        assertEquals(240, ChinchillaReportFixture.reproduced("data.kept"));
        assertEquals(5, ChinchillaReportFixture.report().table("dropped-runs").rows().size());
    }

    @Test
    void gridHasHoffmannsFourThousandFiveHundredStarts() {
        // A half-open range (numpy arange without the end point) would give 4 x 4 x 4 x 5 x 5 = 1,600.
        assertEquals(4500, ChinchillaReportFixture.reproduced("grid.starts"));
        assertEquals(4500, EpochRecipe.grid().size());
    }

    @Test
    void gridMinimumMatchesEpochToEightDecimals() {
        // 1e-8 absolute: the notebook prints 0.00101827402; implementations differ near 1e-11.
        assertEquals(0.00101827402, ChinchillaReportFixture.reproduced("grid.objective"), 1e-10);
    }

    @Test
    void gridParametersMatchEpoch() {
        for (String p : new String[] {"E", "A", "B", "alpha", "beta"}) {
            ChinchillaReportFixture.reproduced("grid." + p);
        }
    }

    @Test
    void everyStartConvergesAndManyReachTheMinimum() {
        Table t = ChinchillaReportFixture.report().table("grid-summary");
        assertEquals("converged starts", t.rows().get(1).get(0).text());
        assertEquals(4500, t.rows().get(1).get(1).number());
    }
}

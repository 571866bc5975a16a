package org.scalingsuite.reproductions.hitchhiker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.report.Cell;
import org.scalingsuite.core.report.Table;

/**
 * Reproduces the scale-up heatmap of Fig. 1(c) ({@code figs/num_to_size}): ARE predicting the largest model from k
 * consecutive smaller models ending at each possible largest training model, within 0.02 points for k &gt;= 3
 * (OPT k = 3 / 4 / 5 ending at 30B: 2.53 / 8.93 / 7.42; GPT-3 k = 7: 2.72). Data: OPT trajectories and GPT-3
 * validation curves. Method: all checkpoints above 10B tokens and below the window's maximum (p = 1), least
 * squares on raw loss. The site's scale-up table lists every window beside the published cell.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='Figure1cScaleUpTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class Figure1cScaleUpTest {

    @Test
    void everyWindowOfThreeOrMoreModelsReproduces() {
        List<ClaimResult> cells = HitchhikerReportFixture.report().claims().stream()
                .filter(c -> c.claim().id().startsWith("scaleup.")).toList();
        assertEquals(6 + 15, cells.size());
        for (ClaimResult c : cells) {
            HitchhikerReportFixture.reproduced(c.claim().id());
        }
        assertEquals(7.42, HitchhikerReportFixture.reproduced("scaleup.OPT.k5.to.OPT-30b"), 0.02);
        assertEquals(2.72, HitchhikerReportFixture.reproduced("scaleup.gpt3.k7.to.gpt3-13b"), 0.02);
    }

    @Test
    void siteTableListsEveryWindowWithItsPublishedCell() {
        Table t = HitchhikerReportFixture.report().table("scale-up");
        assertEquals(10 + 21, t.rows().size(), "OPT 10 windows, GPT-3 21");
        int published = t.columns().indexOf("ARE published (%)");
        int k = t.columns().indexOf("k");
        for (List<Cell> row : t.rows()) {
            assertTrue(row.get(published).isNumber(), "every window has a published cell");
            if (row.get(k).number() >= 3) {
                double diff = row.get(t.columns().indexOf("difference (pp)")).number();
                assertTrue(Math.abs(diff) <= 0.02, "k >= 3 window differs by " + diff);
            }
        }
    }
}

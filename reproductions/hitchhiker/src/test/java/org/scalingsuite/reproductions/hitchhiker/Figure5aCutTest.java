package org.scalingsuite.reproductions.hitchhiker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.Heatmap;

/**
 * Reproduces the 10B-cut ARE heatmaps of Fig. 1(b) / Fig. 5(a) ({@code figs/hist}) for OPT and GPT-3 and the
 * Sec. 6.1 claim that dropping the first 10B tokens takes OPT (and Pythia) from above 15% to 4-10% for k &gt;= 3.
 * Data: OPT trajectories, GPT-3 validation curves and the rebuilt Pythia table (on which the cut range is
 * 3.4-11.4%, locked as deviating). Method: as the no-cut table with training tokens strictly above 1e10.
 * The released cut figure appears to come from an older cached run, so its cells are matched within 2 points
 * (OPT) and 0.6 points (GPT-3); the evidence is checked here: no GPT-3 training checkpoint lies at or below 10B
 * tokens, so every GPT-3 cut fit equals its no-cut fit exactly, while the two published GPT-3 figures differ.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='Figure5aCutTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class Figure5aCutTest {

    @Test
    void publishedCutTableIsMatchedWithinTheStaleCacheTolerance() {
        List<ClaimResult> cells = HitchhikerReportFixture.report().claims().stream()
                .filter(c -> c.claim().id().startsWith("cut.")).toList();
        assertEquals(29 + 50, cells.size(), "OPT k = 3..5 (k = 5, p = 0.1 is blank in the figure) and GPT-3 k = 3..7");
        for (ClaimResult c : cells) {
            HitchhikerReportFixture.reproduced(c.claim().id());
        }
    }

    @Test
    void gpt3CutEqualsNoCutSoThePublishedDifferenceIsNotFromTheCut() {
        Heatmap cut = HitchhikerReportFixture.heatmap("fit_on_first_p_cut10B-gpt3");
        Heatmap noCut = HitchhikerReportFixture.heatmap("fit_on_first_p_nocut-gpt3");
        double publishedGap = 0;
        for (int i = 0; i < cut.rows().size(); i++) {
            for (int j = 0; j < cut.columns().size(); j++) {
                assertEquals(noCut.values()[i][j], cut.values()[i][j], 0.0, "cell " + i + "," + j);
                if (i >= 1) {
                    publishedGap = Math.max(publishedGap, Math.abs(cut.published()[i][j] - noCut.published()[i][j]));
                }
            }
        }
        assertTrue(publishedGap > 0.1, "the released cut and no-cut GPT-3 figures differ: " + publishedGap);
    }

    @Test
    void pythiaShowsTheSameDropOnTheRebuiltTable() {
        assertTrue(HitchhikerReportFixture.reproduced("text.cut10b.pythia.nocut_min") > 15);
        for (String id : List.of("text.cut10b.pythia.cut_min", "text.cut10b.pythia.cut_max")) {
            ClaimResult c = HitchhikerReportFixture.report().claim(id);
            assertEquals(ClaimStatus.DEVIATES, c.status(), () -> id + ": " + c.detail());
            assertTrue(c.reproduced() > 3 && c.reproduced() < 12, id + " " + c.reproduced());
        }
    }

    @Test
    void cuttingTheFirst10BTokensTakesOptFromAbove15To4To10Percent() {
        assertTrue(HitchhikerReportFixture.reproduced("text.cut10b.opt.nocut_min") > 15);
        assertTrue(HitchhikerReportFixture.reproduced("text.cut10b.opt.cut_min") >= 4);
        assertTrue(HitchhikerReportFixture.reproduced("text.cut10b.opt.cut_max") <= 10);
    }
}

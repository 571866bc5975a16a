package org.scalingsuite.reproductions.hitchhiker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Heatmap;

/**
 * Reproduces the one-model fits of Fig. 6 ({@code figs/hist_1m/annot}, App. A): a single model's checkpoints
 * predict the largest model with ln A = 6.255414 and alpha = 0.3526596 fixed. At p = 1: OPT 175B 0.73, 30B
 * 15.02, 13B 24.87, 6.7B 32.46 (and every OPT and GPT-3 row) within 0.02 points; OLMo 1B -> 7B below 1%.
 * Data: OPT trajectories, GPT-3 validation curves, OLMo validation cross-entropies. Method: (ln B, ln E, beta)
 * by least squares on raw loss over checkpoints above 10B tokens and below p T. Every other cell of the OPT and
 * GPT-3 figures whose fit has more checkpoints than its three parameters is also checked against the figure;
 * cells with three or fewer checkpoints are underdetermined and only shown.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='Figure6OneModelTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class Figure6OneModelTest {

    @Test
    void optRowsAtFullTrainingMatchTheFigure() {
        assertEquals(0.73, HitchhikerReportFixture.reproduced("onemodel.OPT-175b.p1.0"), 0.02);
        assertEquals(15.02, HitchhikerReportFixture.reproduced("onemodel.OPT-30b.p1.0"), 0.02);
        assertEquals(24.87, HitchhikerReportFixture.reproduced("onemodel.OPT-13b.p1.0"), 0.02);
        assertEquals(32.46, HitchhikerReportFixture.reproduced("onemodel.OPT-6.7b.p1.0"), 0.02);
        HitchhikerReportFixture.report().claims().stream().filter(c -> c.claim().id().startsWith("onemodel."))
                .forEach(c -> HitchhikerReportFixture.reproduced(c.claim().id()));
    }

    @Test
    void olmoOneBillionPredictsSevenBillionWithinOnePercent() {
        assertTrue(HitchhikerReportFixture.reproduced("text.olmo.one_model") < 1.0);
    }

    @Test
    void everyIdentifiedCellOfTheFigureMatches() {
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (String family : List.of("OPT", "gpt3")) {
            Heatmap h = HitchhikerReportFixture.heatmap("one-model-" + family);
            for (CellResult c : HitchhikerReportFixture.protocol()) {
                if (c.experiment() != Experiment.ONE_MODEL || !c.family().equals(family) || c.trainPoints() <= 3) {
                    continue;
                }
                int row = h.rows().indexOf(c.train().get(0));
                int col = HitchhikerRecipe.PERCENTAGES.indexOf(c.parameter());
                double published = h.published()[row][col];
                assertEquals(c.are(), h.values()[row][col], 0.0, "the heatmap shows the fit");
                if (Double.isNaN(published)) {
                    continue;
                }
                checked++;
                if (Math.abs(c.are() - published) > 0.02) {
                    failures.add(String.format(Locale.ROOT, "%s p=%.1f: %.3f vs published %.2f", c.train().get(0),
                            c.parameter(), c.are(), published));
                }
            }
        }
        assertTrue(checked > 100, "most of the 139 published cells are identified: " + checked);
        assertTrue(failures.isEmpty(), () -> String.join("\n", failures));
    }
}

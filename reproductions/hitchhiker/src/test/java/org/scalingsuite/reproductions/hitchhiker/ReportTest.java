package org.scalingsuite.reproductions.hitchhiker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.Figure;
import org.scalingsuite.core.report.Heatmap;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.reproduction.Reproduction;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * The report as a whole: every claim of {@code claims.csv} receives a value and passes, the reproduction is
 * found through {@code META-INF/services}, the site gets the ARE heatmaps and the one-model and scale-up tables,
 * and two runs give identical reports (determinism). Data: all hitchhiker files. Method: the full run.
 * Run: {@code mvn -B -o -pl reproductions/hitchhiker -am verify -Dtest='ReportTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ReportTest {

    @Test
    void everyClaimPasses() {
        ReproductionReport report = HitchhikerReportFixture.report();
        List<String> failed = report.claims().stream().filter(c -> c.status() == ClaimStatus.FAILED)
                .map(c -> c.claim().id() + ": published " + c.claim().publishedText() + ", reproduced "
                        + c.reproduced() + " (" + c.detail() + ")")
                .toList();
        assertTrue(failed.isEmpty(), () -> failed.size() + " claims failed:\n" + String.join("\n", failed));
        assertTrue(report.claims().size() > 200, "the heatmap cells are asserted one by one");
    }

    @Test
    void registeredAsAService() {
        assertTrue(Reproduction.find(HitchhikerReproduction.ID).isPresent());
    }

    @Test
    void siteGetsTheHeatmapsAndTables() {
        ReproductionReport report = HitchhikerReportFixture.report();
        Set<String> ids = report.figures().stream().map(Figure::id).collect(Collectors.toSet());
        for (String id : List.of("fit_on_first_p_nocut-OPT", "fit_on_first_p_nocut-gpt3", "fit_on_first_p_cut10B-OPT",
                "fit_on_first_p_cut10B-gpt3", "scale-up-OPT", "scale-up-gpt3", "one-model-OPT", "one-model-gpt3",
                "one-model-olmo")) {
            assertTrue(ids.contains(id), "figure " + id);
        }
        Heatmap opt = HitchhikerReportFixture.heatmap("fit_on_first_p_nocut-OPT");
        assertEquals(4, opt.rows().size(), "k = 2 ... 5");
        assertEquals(10, opt.columns().size(), "p = 0.1 ... 1");
        assertEquals(17.03, opt.published()[3][9], 1e-12, "the published cell sits beside the reproduced one");
        assertTrue(report.table("one-model").rows().size() >= 16);
        assertTrue(report.table("scale-up").rows().size() >= 31);
    }

    @Test
    void runsAreDeterministic() {
        ReproductionReport again = new HitchhikerReproduction(1).run(DatasetStore.standard());
        ReproductionReport first = HitchhikerReportFixture.report();
        for (int i = 0; i < first.claims().size(); i++) {
            ClaimResult a = first.claims().get(i);
            ClaimResult b = again.claims().get(i);
            assertEquals(a.reproduced(), b.reproduced(), 0.0, a.claim().id());
        }
        assertEquals(first.figures(), again.figures());
        assertEquals(first.tables(), again.tables());
    }
}

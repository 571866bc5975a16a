package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.Figure;
import org.scalingsuite.core.report.Heatmap;
import org.scalingsuite.core.report.Series;
import org.scalingsuite.core.reproduction.Reproduction;

/**
 * Checks what the site draws for Gadre et al. (2024): the reproduction is registered (ServiceLoader), every claim
 * is judged (none FAILED), and the report holds Figure 1's panels (reducible loss against compute with fitted
 * curves and held-out targets per training set; error against loss), predicted against actual loss, the three
 * relative-error heat maps, axis labels with units, and the parameter tables for all three training sets.
 * Data: the full report. Method: {@link OvertrainingReproduction#run}.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='ReportContentTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ReportContentTest {

    @Test
    void registeredAndEveryClaimJudged() {
        assertTrue(Reproduction.find("overtraining").isPresent());
        var report = OvertrainingReportFixture.report();
        assertEquals(0, report.count(ClaimStatus.FAILED),
                () -> report.claims().stream().filter(c -> c.status() == ClaimStatus.FAILED)
                        .map(c -> c.claim().id() + ": " + c.detail()).toList().toString());
        assertEquals(1, report.count(ClaimStatus.DEVIATES));
    }

    @Test
    void figuresForTheSite() {
        List<String> ids = OvertrainingReportFixture.report().figures().stream().map(Figure::id).toList();
        assertEquals(List.of("loss-vs-compute-c4_original", "loss-vs-compute-rpj", "loss-vs-compute-rw_original",
                "predicted-vs-actual", "error-vs-loss", "relative-error-grid-c4_original", "relative-error-grid-rpj",
                "relative-error-grid-rw_original"), ids);
        for (Figure f : OvertrainingReportFixture.report().figures()) {
            assertFalse(f.title().isBlank() || f.description().isBlank(), f.id());
            if (f instanceof Chart c) {
                assertFalse(c.x().unit().isEmpty() || c.y().unit().isEmpty(), f.id() + " axis units");
            } else if (f instanceof Heatmap h) {
                assertEquals(6, h.rows().size());
                assertEquals(8, h.columns().size());
                assertEquals("%", h.unit());
            }
        }
    }

    @Test
    void lossAgainstComputeShowsFitRunsHeldOutRunsAndTargets() {
        Chart chart = (Chart) OvertrainingReportFixture.figure("loss-vs-compute-rpj");
        List<String> names = chart.series().stream().map(Series::name).toList();
        assertEquals(5, chart.series().get(0).size(), names.get(0));
        assertTrue(names.get(0).startsWith("loss-fit runs"));
        assertTrue(names.get(1).startsWith("held-out runs (28)"), names.get(1));
        assertTrue(names.get(2).contains("1.4B M=640") && names.get(2).contains("6.9B M=20"), names.get(2));
        assertEquals("targets (predicted)", names.get(3));
        assertTrue(names.contains("fitted law, M = 20") && names.contains("fitted law, M = 640")
                && names.contains("fitted law, M = 320"), names.toString());
        Chart pva = (Chart) OvertrainingReportFixture.figure("predicted-vs-actual");
        assertEquals(104, pva.series().stream().filter(s -> s.style() == Series.Style.POINTS)
                .mapToInt(Series::size).sum());
    }

    @Test
    void resultDoesNotDependOnTheThreadCount() {
        var single = new OvertrainingReproduction(1).run(org.scalingsuite.datasets.store.DatasetStore.standard());
        assertEquals(OvertrainingReportFixture.report(), single);
    }

    @Test
    void parameterTablesForAllThreeTrainingSets() {
        for (String set : new String[] {"c4_original", "rpj", "rw_original"}) {
            assertEquals(8, OvertrainingReportFixture.parameters("loss-law-" + set).estimates().size());
            assertEquals(6, OvertrainingReportFixture.parameters("error-law-" + set).estimates().size());
        }
    }
}

package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.reproduction.Reproduction;
import org.scalingsuite.reproductions.lrannealing.data.MultiPowerLawCurves;

/**
 * The report as the site reads it: the reproduction is registered under its id; every claim received a value and
 * none failed; the figures the site draws (LR schedules; observed and predicted loss of each held-out schedule with
 * both laws), the side-by-side and data tables, and parameter tables are present.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='ReportContentTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ReportContentTest {

    @Test
    void registeredAsAServiceUnderItsId() {
        Reproduction r = Reproduction.find("lr-annealing").orElseThrow();
        assertTrue(r instanceof LrAnnealingReproduction);
        assertEquals("Tissue et al. 2024", r.paper().citation());
    }

    @Test
    void noClaimFailed() {
        ReproductionReport report = LrAnnealingReportFixture.report();
        assertEquals(0, report.count(ClaimStatus.FAILED), () -> report.claims().stream()
                .filter(c -> c.status() == ClaimStatus.FAILED).map(c -> c.claim().id() + " " + c.detail())
                .collect(Collectors.joining("; ")));
        assertEquals(9, report.count(ClaimStatus.DEVIATES));
    }

    @Test
    void figuresForTheSite() {
        ReproductionReport report = LrAnnealingReportFixture.report();
        Set<String> ids = report.figures().stream().map(f -> f.id()).collect(Collectors.toSet());
        assertTrue(ids.contains("lr-schedules"));
        assertTrue(ids.contains("cosine-cycle"));
        assertTrue(ids.contains("wsd-fraction"));
        assertTrue(ids.contains("example-fit"));
        Chart schedules = (Chart) report.figures().stream().filter(f -> f.id().equals("lr-schedules")).findFirst()
                .orElseThrow();
        assertEquals(9, schedules.series().size());
        for (String s : MultiPowerLawCurves.TEST) {
            Chart c = (Chart) report.figures().stream().filter(f -> f.id().equals("loss-" + s)).findFirst()
                    .orElseThrow();
            assertEquals(9, c.series().size(), s);
            assertTrue(c.series().stream().anyMatch(x -> x.name().endsWith("Multi-Power Law")));
            assertTrue(c.series().stream().anyMatch(x -> x.name().endsWith("annealing law")));
        }
    }

    @Test
    void tablesAndParameters() {
        ReproductionReport report = LrAnnealingReportFixture.report();
        for (String t : new String[] {"law-comparison", "per-curve", "example-summary", "constant-only", "takeaways",
                "warmup-convention",
                "wsd-fractions", "data"}) {
            report.table(t);
        }
        assertEquals(27, report.table("data").rows().size());
        assertEquals(5, report.parameters().size());
        assertTrue(report.notes().size() >= 4);
    }

    @Test
    void resultsDoNotDependOnTheThreadCount() {
        ReproductionReport single = new LrAnnealingReproduction(1).run(org.scalingsuite.datasets.store.DatasetStore
                .standard());
        ReproductionReport shared = LrAnnealingReportFixture.report();
        for (int i = 0; i < shared.claims().size(); i++) {
            assertEquals(shared.claims().get(i).reproduced(), single.claims().get(i).reproduced(), 0.0,
                    shared.claims().get(i).claim().id());
        }
        assertEquals(shared.tables(), single.tables());
    }
}

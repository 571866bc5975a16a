package org.scalingsuite.reproductions.hitchhiker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.Heatmap;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * Runs the Hitchhiker reproduction once per test JVM and shares the report (and the protocol's fits) between the
 * test classes, which each check one published figure or result.
 */
final class HitchhikerReportFixture {

    private static ReproductionReport report;
    private static List<CellResult> protocol;

    private HitchhikerReportFixture() {
    }

    static synchronized ReproductionReport report() {
        if (report == null) {
            report = new HitchhikerReproduction().run(DatasetStore.standard());
        }
        return report;
    }

    /** @return the 511 fits of the reference protocol on OPT and GPT-3, in task order. */
    static synchronized List<CellResult> protocol() {
        if (protocol == null) {
            protocol = new HitchhikerReproduction().referenceProtocol(DatasetStore.standard());
        }
        return protocol;
    }

    /** @return the heatmap with this id. */
    static Heatmap heatmap(String id) {
        return (Heatmap) report().figures().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no figure " + id));
    }

    /** Asserts that a claim reproduced and returns its value. */
    static double reproduced(String claimId) {
        ClaimResult c = report().claim(claimId);
        assertEquals(ClaimStatus.REPRODUCED, c.status(),
                () -> claimId + ": published " + c.claim().publishedText() + ", reproduced " + c.reproduced()
                        + " (" + c.detail() + ")");
        return c.reproduced();
    }
}

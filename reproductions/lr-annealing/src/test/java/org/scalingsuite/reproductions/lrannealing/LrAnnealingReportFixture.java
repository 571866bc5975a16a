package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * Runs the LR-annealing reproduction once per test JVM and shares the report between the test classes, which each
 * check one published result.
 */
final class LrAnnealingReportFixture {

    private static ReproductionReport report;

    private LrAnnealingReportFixture() {
    }

    static synchronized ReproductionReport report() {
        if (report == null) {
            report = new LrAnnealingReproduction().run(DatasetStore.standard());
        }
        return report;
    }

    /** Asserts that a claim has the expected status and returns its value. */
    static double status(String claimId, ClaimStatus expected) {
        ClaimResult c = report().claim(claimId);
        assertEquals(expected, c.status(),
                () -> claimId + ": published " + c.claim().publishedText() + ", reproduced " + c.reproduced()
                        + " (" + c.detail() + ")");
        return c.reproduced();
    }

    /** Asserts that a claim reproduced and returns its value. */
    static double reproduced(String claimId) {
        return status(claimId, ClaimStatus.REPRODUCED);
    }

    /** Asserts that a claim is a documented deviation whose value matches its lock, and returns the value. */
    static double deviates(String claimId) {
        return status(claimId, ClaimStatus.DEVIATES);
    }
}

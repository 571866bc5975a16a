package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * Runs the critical-batch-size reproduction once per test JVM and shares the report between the test classes,
 * which each check one published table, figure or result.
 */
final class CriticalBatchSizeReportFixture {

    private static ReproductionReport report;

    private CriticalBatchSizeReportFixture() {
    }

    static synchronized ReproductionReport report() {
        if (report == null) {
            report = new CriticalBatchSizeReproduction().run(DatasetStore.standard());
        }
        return report;
    }

    /** Asserts that a claim reproduced and returns its value. */
    static double reproduced(String claimId) {
        return withStatus(claimId, ClaimStatus.REPRODUCED);
    }

    /** Asserts that a known deviation still holds its locked value and returns the value. */
    static double deviates(String claimId) {
        return withStatus(claimId, ClaimStatus.DEVIATES);
    }

    private static double withStatus(String claimId, ClaimStatus status) {
        ClaimResult c = report().claim(claimId);
        assertEquals(status, c.status(), () -> claimId + ": published " + c.claim().publishedText() + ", reproduced "
                + c.reproduced() + " (" + c.detail() + ")");
        return c.reproduced();
    }
}

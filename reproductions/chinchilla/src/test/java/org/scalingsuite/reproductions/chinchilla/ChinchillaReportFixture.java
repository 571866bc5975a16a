package org.scalingsuite.reproductions.chinchilla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.datasets.store.DatasetStore;

/**
 * Runs the Chinchilla reproduction once per test JVM and shares the report between the test classes, which
 * each check one published table or result.
 */
final class ChinchillaReportFixture {

    private static ReproductionReport report;

    private ChinchillaReportFixture() {
    }

    static synchronized ReproductionReport report() {
        if (report == null) {
            report = new ChinchillaReproduction().run(DatasetStore.standard());
        }
        return report;
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

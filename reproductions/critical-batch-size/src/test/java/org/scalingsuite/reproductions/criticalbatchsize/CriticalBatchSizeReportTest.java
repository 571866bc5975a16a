package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.claim.Expectation;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.reproduction.Reproduction;

/**
 * The whole critical-batch-size report: every claim of claims.csv receives a value and none fails, the DEVIATES
 * claims are exactly the Step Law refit, the reproduction is registered for the CLI and the site, and the
 * report carries the paper's key figures with axis units. Data: all files of the critical-batch-size and step-law
 * datasets. Method: one run of {@link CriticalBatchSizeReproduction}.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='CriticalBatchSizeReportTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class CriticalBatchSizeReportTest {

    @Test
    void noClaimFails() {
        ReproductionReport r = CriticalBatchSizeReportFixture.report();
        assertTrue(r.passed(), () -> r.claims().stream().filter(c -> c.status() == ClaimStatus.FAILED)
                .map(c -> c.claim().id() + ": " + c.detail()).collect(Collectors.joining("; ")));
        assertEquals(3, r.count(ClaimStatus.DEVIATES));
        assertEquals(r.claims().size() - 3, r.count(ClaimStatus.REPRODUCED));
    }

    @Test
    void deviationsAreTheStepLawRefit() {
        Set<String> deviating = CriticalBatchSizeReportFixture.report().claims().stream()
                .filter(c -> c.claim().expectation() == Expectation.DEVIATES).map(c -> c.claim().id())
                .collect(Collectors.toSet());
        assertEquals(Set.of("steplaw.refit.lr_exponent_N", "steplaw.refit.lr_exponent_D",
                "steplaw.refit.bs_exponent_D"), deviating);
    }

    @Test
    void everyClaimCitesItsSource() {
        for (var c : CriticalBatchSizeReportFixture.report().claims()) {
            assertFalse(c.claim().location().isBlank(), c.claim().id());
            assertFalse(c.claim().tolerance().justification().isBlank(), c.claim().id());
        }
    }

    @Test
    void registeredAsAReproduction() {
        Reproduction r = Reproduction.find(CriticalBatchSizeReproduction.ID).orElseThrow();
        assertEquals("critical-batch-size", r.id());
        assertEquals("arXiv:2505.23971", r.paper().reference());
    }

    @Test
    void keyFiguresWithUnits() {
        Set<String> ids = CriticalBatchSizeReportFixture.report().figures().stream().map(f -> f.id())
                .collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("zhang-steps-vs-batch", "zhang-cbs-vs-size", "kaplan-bcrit-vs-loss",
                "merrill-warmup")), ids.toString());
        for (var f : CriticalBatchSizeReportFixture.report().figures()) {
            if (f instanceof Chart c) {
                assertFalse(c.x().unit().isBlank(), c.id());
                assertFalse(c.y().unit().isBlank(), c.id());
            }
        }
    }

    @Test
    void notesStateWhatCannotBeReproduced() {
        assertTrue(CriticalBatchSizeReportFixture.report().notes().stream()
                .anyMatch(n -> n.contains("released no branch losses")));
    }
}

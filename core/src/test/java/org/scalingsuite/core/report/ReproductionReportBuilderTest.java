package org.scalingsuite.core.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.claim.Claim;
import org.scalingsuite.core.claim.ClaimResult;
import org.scalingsuite.core.claim.ClaimStatus;
import org.scalingsuite.core.claim.Comparison;
import org.scalingsuite.core.claim.Expectation;
import org.scalingsuite.core.claim.Tolerance;

/*
 * Checks ReproductionReport.Builder (DESIGN.md: "Every claim must receive a value"): claims keep the order of the
 * claims file; a claim that never receives a value, or receives NaN, is FAILED with detail "no value was
 * computed"; a value for an unknown claim id and a second value for the same claim are errors; the counts and
 * passed() follow the statuses.
 */
class ReproductionReportBuilderTest {

    private static final Paper PAPER = new Paper("Test et al. 2024", "A title", "A. Author", "arXiv:0000.00000",
            "What is reproduced.");

    private static Claim claim(String id, double published, Expectation expectation, double locked) {
        return new Claim(id, "Test et al. 2024", "Table 1", "q", published, Double.NaN, Comparison.APPROX,
                Tolerance.absolute(0.5, "why"), expectation, locked, expectation == Expectation.DEVIATES ? "reason" : "");
    }

    private static final List<Claim> CLAIMS = List.of(
            claim("a", 1, Expectation.REPRODUCES, Double.NaN),
            claim("b", 2, Expectation.REPRODUCES, Double.NaN),
            claim("c", 3, Expectation.DEVIATES, 5),
            claim("d", 4, Expectation.REPRODUCES, Double.NaN));

    @Test
    void claimWithoutValueFails() {
        ReproductionReport report = ReproductionReport.builder("test", PAPER, CLAIMS)
                .value("c", 5.25)
                .value("a", 1.25)
                .value("d", Double.NaN)
                .build();

        assertEquals(List.of("a", "b", "c", "d"), report.claims().stream().map(r -> r.claim().id()).toList(),
                "claims-file order, not the order values arrived in");
        assertEquals(ClaimStatus.REPRODUCED, report.claim("a").status());
        ClaimResult missing = report.claim("b");
        assertEquals(ClaimStatus.FAILED, missing.status());
        assertEquals("no value was computed", missing.detail());
        assertTrue(Double.isNaN(missing.reproduced()));
        assertEquals(ClaimStatus.DEVIATES, report.claim("c").status());
        assertEquals(ClaimStatus.FAILED, report.claim("d").status());
        assertEquals("no value was computed", report.claim("d").detail());

        assertEquals(1, report.count(ClaimStatus.REPRODUCED));
        assertEquals(1, report.count(ClaimStatus.DEVIATES));
        assertEquals(2, report.count(ClaimStatus.FAILED));
        assertFalse(report.passed());
        assertThrows(IllegalArgumentException.class, () -> report.claim("zz"));
    }

    @Test
    void reportPassesWhenNoClaimFails() {
        ReproductionReport report = ReproductionReport.builder("test", PAPER, CLAIMS)
                .value("a", 1).value("b", 2.5).value("c", 4.5).value("d", 3.5)
                .note("a caveat")
                .build();
        assertTrue(report.passed());
        assertEquals(List.of("a caveat"), report.notes());
        assertEquals("difference 0.5, allowed 0.5", report.claim("b").detail());
    }

    @Test
    void unknownIdAndSecondValueThrow() {
        ReproductionReport.Builder builder = ReproductionReport.builder("test", PAPER, CLAIMS).value("a", 1);
        assertThrows(IllegalArgumentException.class, () -> builder.value("nope", 1));
        assertThrows(IllegalStateException.class, () -> builder.value("a", 1));
        assertThrows(IllegalStateException.class, () -> builder.value("a", 2));
    }
}

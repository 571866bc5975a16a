package org.scalingsuite.core.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/*
 * Checks Claim.judge, the verdict on a reproduced value (DESIGN.md, "Claim"): for each Comparison (~, <=, >=, in)
 * with absolute and relative tolerances, including the inclusive boundaries; for REPRODUCES and DEVIATES (a
 * deviating claim stays DEVIATES while the reproduced value is within the tolerance of the locked regression
 * value, whatever the published value, and becomes FAILED when it moves); NaN or infinite values always FAILED.
 * Boundary values are chosen exactly representable (e.g. 2.0 +- 0.5) so that "within" is decided without
 * rounding. Also the constructor's consistency checks and Comparison's symbols.
 */
class ClaimJudgeTest {

    private static Claim claim(double published, double upper, Comparison comparison, Tolerance tolerance,
            Expectation expectation, double locked, String reason) {
        return new Claim("c", "Paper 2024", "Table 1", "a quantity", published, upper, comparison, tolerance,
                expectation, locked, reason);
    }

    private static Claim reproduces(double published, Comparison comparison, Tolerance tolerance) {
        return claim(published, Double.NaN, comparison, tolerance, Expectation.REPRODUCES, Double.NaN, "");
    }

    @Test
    void approximatelyWithAbsoluteAndRelativeTolerance() {
        Claim abs = reproduces(2.0, Comparison.APPROX, Tolerance.absolute(0.5, "printed to 0 decimals"));
        assertEquals(ClaimStatus.REPRODUCED, abs.judge(2.0));
        assertEquals(ClaimStatus.REPRODUCED, abs.judge(2.5), "boundary is inclusive");
        assertEquals(ClaimStatus.REPRODUCED, abs.judge(1.5));
        assertEquals(ClaimStatus.FAILED, abs.judge(2.5000001));
        assertEquals(ClaimStatus.FAILED, abs.judge(1.4999999));

        Claim rel = reproduces(-100, Comparison.APPROX, Tolerance.relative(0.0625, "1/16"));
        assertEquals(ClaimStatus.REPRODUCED, rel.judge(-106.25), "relative to |published|");
        assertEquals(ClaimStatus.REPRODUCED, rel.judge(-93.75));
        assertEquals(ClaimStatus.FAILED, rel.judge(-106.3));
        assertEquals(ClaimStatus.FAILED, rel.judge(100));
    }

    @Test
    void atMostAndAtLeast() {
        Claim atMost = reproduces(1.0, Comparison.AT_MOST, Tolerance.absolute(0, "exact"));
        assertEquals(ClaimStatus.REPRODUCED, atMost.judge(-5));
        assertEquals(ClaimStatus.REPRODUCED, atMost.judge(1.0));
        assertEquals(ClaimStatus.FAILED, atMost.judge(1.0000001));
        Claim atMostSlack = reproduces(1.0, Comparison.AT_MOST, Tolerance.absolute(0.25, "slack"));
        assertEquals(ClaimStatus.REPRODUCED, atMostSlack.judge(1.25));
        assertEquals(ClaimStatus.FAILED, atMostSlack.judge(1.26));

        Claim atLeast = reproduces(0.999, Comparison.AT_LEAST, Tolerance.absolute(0, "exact"));
        assertEquals(ClaimStatus.REPRODUCED, atLeast.judge(1));
        assertEquals(ClaimStatus.REPRODUCED, atLeast.judge(0.999));
        assertEquals(ClaimStatus.FAILED, atLeast.judge(0.998));
        Claim atLeastSlack = reproduces(8, Comparison.AT_LEAST, Tolerance.relative(0.125, "slack"));
        assertEquals(ClaimStatus.REPRODUCED, atLeastSlack.judge(7));
        assertEquals(ClaimStatus.FAILED, atLeastSlack.judge(6.99));
    }

    @Test
    void betweenIncludesBothEnds() {
        Claim range = claim(4, 10, Comparison.BETWEEN, Tolerance.absolute(0, "exact"), Expectation.REPRODUCES,
                Double.NaN, "");
        assertEquals(ClaimStatus.REPRODUCED, range.judge(4));
        assertEquals(ClaimStatus.REPRODUCED, range.judge(7));
        assertEquals(ClaimStatus.REPRODUCED, range.judge(10));
        assertEquals(ClaimStatus.FAILED, range.judge(3.9));
        assertEquals(ClaimStatus.FAILED, range.judge(10.1));
        // Relative slack applies to each end: 4 - 0.5 and 10 + 1.25 with 12.5%.
        Claim slack = claim(4, 10, Comparison.BETWEEN, Tolerance.relative(0.125, "slack"), Expectation.REPRODUCES,
                Double.NaN, "");
        assertEquals(ClaimStatus.REPRODUCED, slack.judge(3.5));
        assertEquals(ClaimStatus.REPRODUCED, slack.judge(11.25));
        assertEquals(ClaimStatus.FAILED, slack.judge(3.49));
        assertEquals(ClaimStatus.FAILED, slack.judge(11.26));
        assertEquals("4.0 to 10.0", range.publishedText());
    }

    @Test
    void deviatesIsJudgedAgainstTheLockedValue() {
        Claim dev = claim(124.58, Double.NaN, Comparison.APPROX, Tolerance.absolute(0.25, "Monte-Carlo"),
                Expectation.DEVIATES, 120.0, "another bootstrap run");
        assertEquals(ClaimStatus.DEVIATES, dev.judge(120.0));
        assertEquals(ClaimStatus.DEVIATES, dev.judge(120.25), "within the tolerance of the locked value");
        assertEquals(ClaimStatus.DEVIATES, dev.judge(119.75));
        assertEquals(ClaimStatus.FAILED, dev.judge(120.3), "the locked value moved");
        assertEquals(ClaimStatus.FAILED, dev.judge(124.58), "matching the published value is a move too");
    }

    @Test
    void nonFiniteValuesFailEverywhere() {
        Claim[] claims = {
            reproduces(1, Comparison.APPROX, Tolerance.absolute(1e9, "huge")),
            reproduces(1, Comparison.AT_MOST, Tolerance.absolute(0, "")),
            reproduces(1, Comparison.AT_LEAST, Tolerance.absolute(0, "")),
            claim(0, 1, Comparison.BETWEEN, Tolerance.absolute(0, ""), Expectation.REPRODUCES, Double.NaN, ""),
            claim(1, Double.NaN, Comparison.APPROX, Tolerance.absolute(1e9, ""), Expectation.DEVIATES, 1, "why"),
        };
        for (Claim c : claims) {
            assertEquals(ClaimStatus.FAILED, c.judge(Double.NaN), c.comparison() + " " + c.expectation());
            assertEquals(ClaimStatus.FAILED, c.judge(Double.NEGATIVE_INFINITY));
            assertEquals(ClaimStatus.FAILED, c.judge(Double.POSITIVE_INFINITY));
        }
    }

    @Test
    void inconsistentClaimsAreRejected() {
        Tolerance t = Tolerance.absolute(0.1, "");
        assertThrows(IllegalArgumentException.class,
                () -> claim(1, Double.NaN, Comparison.APPROX, t, Expectation.DEVIATES, Double.NaN, "why"));
        assertThrows(IllegalArgumentException.class,
                () -> claim(1, Double.NaN, Comparison.APPROX, t, Expectation.DEVIATES, 1.2, " "));
        assertThrows(IllegalArgumentException.class,
                () -> claim(4, 3, Comparison.BETWEEN, t, Expectation.REPRODUCES, Double.NaN, ""));
        assertThrows(IllegalArgumentException.class,
                () -> claim(Double.NaN, Double.NaN, Comparison.APPROX, t, Expectation.REPRODUCES, Double.NaN, ""));
        assertThrows(IllegalArgumentException.class, () -> Tolerance.absolute(-1, ""));
    }

    @Test
    void comparisonSymbols() {
        assertEquals(Comparison.APPROX, Comparison.fromSymbol("~"));
        assertEquals(Comparison.AT_MOST, Comparison.fromSymbol("<="));
        assertEquals(Comparison.AT_LEAST, Comparison.fromSymbol(">="));
        assertEquals(Comparison.BETWEEN, Comparison.fromSymbol("in"));
        assertThrows(IllegalArgumentException.class, () -> Comparison.fromSymbol("<"));
        assertThrows(IllegalArgumentException.class, () -> Comparison.fromSymbol("IN"));
    }
}

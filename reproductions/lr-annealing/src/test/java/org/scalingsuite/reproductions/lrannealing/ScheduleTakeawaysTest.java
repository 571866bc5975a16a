package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Reproduces the paper's schedule takeaways (Section 4) with the law fitted to the public curves of each size, at 24k
 * and 72k steps: a cosine to 0 beats a 10% floor; cycle T beats 0.75T, 0.9T and 2T; the optimal WSD beats cosine
 * (by about 0.05 at 24k); the optimal 1-sqrt anneal fraction shrinks with longer training and lies in 10-20% at 72k.
 * Two documented deviations are asserted at their locked values: the best cycle is 1.1-1.25T, not T; at 24k the
 * optimal anneal fraction is 0.21-0.22. Data: the law's fits on constant_24000 + cosine_24000. Method: predicted
 * final loss of synthetic schedules (2,160 warmup steps at the peak 3e-4).
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='ScheduleTakeawaysTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ScheduleTakeawaysTest {

    private static final String[] SIZES = {"25M", "100M", "400M"};

    @Test
    void cosineToZeroBeatsTenPercentFloor() {
        for (String m : SIZES) {
            LrAnnealingReportFixture.reproduced("takeaway.floor." + m + ".24k");
            LrAnnealingReportFixture.reproduced("takeaway.floor." + m + ".72k");
        }
    }

    @Test
    void cycleEqualToTheRunBeatsShorterAndMuchLongerCycles() {
        for (String m : SIZES) {
            LrAnnealingReportFixture.reproduced("takeaway.cycle-margin." + m + ".24k");
            LrAnnealingReportFixture.reproduced("takeaway.cycle-margin." + m + ".72k");
        }
    }

    @Test
    void bestCycleIsSlightlyLongerThanTheRun() {
        for (String m : SIZES) {
            double c24 = LrAnnealingReportFixture.deviates("takeaway.cycle-optimum." + m + ".24k");
            double c72 = LrAnnealingReportFixture.deviates("takeaway.cycle-optimum." + m + ".72k");
            assertEquals(true, c24 > 1 && c24 <= 1.25 && c72 > 1 && c72 <= 1.25, m + ": " + c24 + ", " + c72);
        }
    }

    @Test
    void optimalWsdBeatsCosine() {
        for (String m : SIZES) {
            LrAnnealingReportFixture.reproduced("takeaway.wsd-gap." + m + ".24k");
            LrAnnealingReportFixture.reproduced("takeaway.wsd-gap." + m + ".72k");
        }
    }

    @Test
    void optimalAnnealFractionShrinksWithTraining() {
        for (String m : SIZES) {
            LrAnnealingReportFixture.reproduced("takeaway.wsd-fraction." + m + ".72k");
            LrAnnealingReportFixture.deviates("takeaway.wsd-fraction." + m + ".24k");
            LrAnnealingReportFixture.reproduced("takeaway.wsd-fraction-shrinks." + m);
        }
    }

    @Test
    void takeawaysMatchTheIndependentReimplementation() {
        // The paper notes' independent numpy run of the same takeaways: cosine-to-0 minus best WSD at 24k steps is
        // 0.046 / 0.050 / 0.052 for 25M / 100M / 400M.
        assertEquals(0.046, LrAnnealingReportFixture.report().claim("takeaway.wsd-gap.25M.24k").reproduced(), 5e-4);
        assertEquals(0.050, LrAnnealingReportFixture.report().claim("takeaway.wsd-gap.100M.24k").reproduced(), 5e-4);
        assertEquals(0.052, LrAnnealingReportFixture.report().claim("takeaway.wsd-gap.400M.24k").reproduced(), 5e-4);
    }
}

package org.scalingsuite.reproductions.chinchilla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Table;

/**
 * Reproduces Besiroglu et al.'s (2024) likelihood-ratio test, Section 3: Huber log-likelihoods on the 240
 * runs of 837.78 for Hoffmann et al.'s unrounded parameters and 879.77 for their own fit, a statistic of 84.0.
 * Method: the Huber likelihood (delta 1e-3) of log residuals with the scale re-fitted for each parameter set
 * (the profile likelihood, solved exactly by Brent's method).
 * Run: {@code mvn -B -pl reproductions/chinchilla -am verify -Dtest='LikelihoodRatioTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class LikelihoodRatioTest {

    @Test
    void logLikelihoodsAndRatioMatchThePaper() {
        ChinchillaReportFixture.reproduced("loglik.hoffmann");
        ChinchillaReportFixture.reproduced("loglik.epoch");
        ChinchillaReportFixture.reproduced("loglik.ratio");
    }

    @Test
    void roundedHoffmannParametersMatchEpochsNotebookToTheLastPrintedDigit() {
        // The notebook prints 562.2526668093274 for Hoffmann's rounded parameters with sigma re-fitted by BFGS.
        Table sets = ChinchillaReportFixture.report().table("parameter-sets");
        assertEquals(562.2526668093274, sets.rows().get(0).get(8).number(), 1e-9);
    }
}

package org.scalingsuite.reproductions.chinchilla;

import org.junit.jupiter.api.Test;

/**
 * Reproduces the bootstrap standard errors of Besiroglu et al. (2024) (released notebook output; Table 1
 * rounds them): A 124.52, B 1293.28, E 0.02566, alpha 0.01540, beta 0.02060.
 * Data: 4,000 resamples of the 240 runs drawn exactly as Epoch drew them (numpy's legacy MT19937 seeded
 * with 42, {@code choice} with replacement). Method: each resample refitted (Huber sum on log residuals)
 * from Hoffmann's rounded parameters with L-BFGS-B to near machine precision; standard deviations with
 * ddof = 1 of (E, A, B, alpha, beta). Tolerance 0.5% (see claims.csv): the resamples are Epoch's own.
 * Run: {@code mvn -B -pl reproductions/chinchilla -am verify -Dtest='EpochBootstrapTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class EpochBootstrapTest {

    @Test
    void standardErrorsMatchEpochsNotebook() {
        for (String p : new String[] {"A", "B", "E", "alpha", "beta"}) {
            ChinchillaReportFixture.reproduced("bootstrap.se." + p);
        }
    }
}

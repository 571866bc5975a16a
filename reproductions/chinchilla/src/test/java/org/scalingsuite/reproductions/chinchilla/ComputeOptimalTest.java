package org.scalingsuite.reproductions.chinchilla;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.law.ChinchillaAllocation;

/**
 * Reproduces the compute-optimal allocation of Besiroglu et al. (2024), Section 4: a = beta/(alpha+beta) =
 * 0.5126 and about 18 tokens per parameter at Chinchilla's 5.88e23 FLOP from the Huber-likelihood fit, against
 * a = 0.4565 for Hoffmann et al.'s unrounded parameters.
 * Data: the 240 runs (through the reproduced likelihood fit). Method: N_opt = G (C/6)^a, D_opt = G^-1 (C/6)^b.
 * Run: {@code mvn -B -pl reproductions/chinchilla -am verify -Dtest='ComputeOptimalTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ComputeOptimalTest {

    @Test
    void reproducedFitGivesAHalfAndEighteenTokensPerParameter() {
        ChinchillaReportFixture.reproduced("optimal.a");
        // 18.33 from the likelihood fit's unrounded parameters (Epoch's point estimate).
        assertEquals(18.33, ChinchillaReportFixture.reproduced("optimal.ratio"), 0.01);
    }

    @Test
    void hoffmannsParametersGiveAFortySixAndManyMoreTokens() {
        ChinchillaReportFixture.reproduced("hoffmann.a");
        ChinchillaAllocation hoffmann = ChinchillaAllocation.of(EpochRecipe.HOFFMANN_UNROUNDED);
        // Epoch's notes: 59.0 tokens per parameter at 5.88e23 for the unrounded, 92.8 for the rounded values.
        assertEquals(59.0, hoffmann.tokensPerParameter(EpochRecipe.CHINCHILLA_COMPUTE), 0.05);
        assertEquals(92.8, ChinchillaAllocation.of(EpochRecipe.HOFFMANN_ROUNDED)
                .tokensPerParameter(EpochRecipe.CHINCHILLA_COMPUTE), 0.05);
    }
}

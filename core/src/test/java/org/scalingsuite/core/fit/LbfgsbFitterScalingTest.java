package org.scalingsuite.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.objective.HuberLoss;
import org.scalingsuite.core.optim.Bounds;
import org.scalingsuite.core.optim.lbfgsb.LbfgsbOptimizer;
import org.scalingsuite.core.testing.ChinchillaData;

/*
 * Checks LbfgsbFitter's treatment of the objective's scale (chinchilla-peers.md section 3.2, "loss scale"):
 *  - with the default INITIAL_VALUE scaling the fit does not depend on the objective's units: multiplying every
 *    row's weight by 1000 (so the Huber sum by 1000) gives the same parameters to 1e-6 relative (the two runs
 *    differ only by rounding in the scaled objective; the fit's own accuracy is ~1e-6, see
 *    ChinchillaSyntheticRecoveryTest) and reports the objective unscaled, 1000 times larger;
 *  - scipyCompatible() (no scaling, scipy's ftol 2.2e-9 floored at 1 in the denominator) is not invariant: on the
 *    objective of order 1e-3 it stops early, and scaling the objective by 1000 changes the answer, which is why
 *    scaling is the default;
 *  - parameters ending on a finite bound are reported as warnings; with... copies leave the original alone.
 */
class LbfgsbFitterScalingTest {

    private static final Observations DATA = ChinchillaData.gridWithLogNoise(ChinchillaData.EPOCH, 7, 5L, 0.01);
    private static final double[] START = ChinchillaLogSumExpLaw.fromDirect(new double[] {2.0, 300, 1500, 0.3, 0.4});

    @Test
    void defaultScalingMakesTheFitIndependentOfTheObjectivesUnits() {
        double[] thousand = new double[DATA.size()];
        Arrays.fill(thousand, 1000);
        FitProblem plain = FitProblem.of(ChinchillaLogSumExpLaw.instance(), DATA, HuberLoss.onLogResiduals(1e-3));
        FitProblem scaled = plain.withData(DATA.withWeights(thousand));

        FitResult a = LbfgsbFitter.withDefaults().fit(plain, START);
        FitResult b = LbfgsbFitter.withDefaults().fit(scaled, START);

        assertTrue(a.converged(), a::toString);
        assertTrue(b.converged(), b::toString);
        assertEquals(1000 * a.objective(), b.objective(), 1e-9 * b.objective());
        double[] pa = ChinchillaLogSumExpLaw.toDirect(a.parameters());
        double[] pb = ChinchillaLogSumExpLaw.toDirect(b.parameters());
        for (int j = 0; j < 5; j++) {
            assertEquals(pa[j], pb[j], 1e-6 * Math.abs(pa[j]), "parameter " + j);
        }

        FitResult c = LbfgsbFitter.scipyCompatible().fit(plain, START);
        FitResult d = LbfgsbFitter.scipyCompatible().fit(scaled, START);
        assertTrue(c.objective() > a.objective() * (1 + 1e-3),
                () -> "unscaled L-BFGS-B stops early on a small objective: " + c + " vs " + a);
        double[] pc = ChinchillaLogSumExpLaw.toDirect(c.parameters());
        double[] pd = ChinchillaLogSumExpLaw.toDirect(d.parameters());
        double maxRelative = 0;
        for (int j = 0; j < 5; j++) {
            maxRelative = Math.max(maxRelative, Math.abs(pc[j] - pd[j]) / Math.abs(pd[j]));
        }
        assertTrue(maxRelative > 1e-3, "unscaled, the answer depends on the objective's units");
    }

    @Test
    void parametersOnABoundAreReported() {
        FitProblem problem = FitProblem.of(ChinchillaLogSumExpLaw.instance(), DATA, HuberLoss.onLogResiduals(1e-3))
                .withBounds(new Bounds(new double[] {-10, -10, -10, 0.5, 0},
                        new double[] {30, 30, 10, 2, 2}));
        FitResult r = LbfgsbFitter.withDefaults().fit(problem, ChinchillaLogSumExpLaw.fromDirect(
                new double[] {2.0, 300, 1500, 0.6, 0.4}));
        // The data's alpha is 0.35, below the bound 0.5: the fit ends on the bound and says so.
        assertEquals(0.5, r.parameter("alpha"), 0.0);
        assertEquals(List.of("parameter alpha = 0.5 is on its bound"), r.warnings());
    }

    @Test
    void withCopiesLeaveTheOriginalAlone() {
        LbfgsbFitter base = LbfgsbFitter.withDefaults();
        assertEquals(LbfgsbFitter.Scaling.INITIAL_VALUE, base.scaling());
        assertEquals(LbfgsbFitter.DEFAULT_FTOL, base.optimizer().ftol(), 0.0);
        assertEquals(LbfgsbFitter.DEFAULT_GTOL, base.optimizer().gtol(), 0.0);
        LbfgsbFitter none = base.withScaling(LbfgsbFitter.Scaling.NONE);
        LbfgsbFitter other = base.withOptimizer(LbfgsbOptimizer.withDefaults());
        assertNotSame(base, none);
        assertEquals(LbfgsbFitter.Scaling.INITIAL_VALUE, base.scaling());
        assertEquals(LbfgsbFitter.Scaling.NONE, none.scaling());
        assertEquals(LbfgsbFitter.DEFAULT_FTOL, base.optimizer().ftol(), 0.0);
        assertEquals(LbfgsbOptimizer.DEFAULT_FTOL, other.optimizer().ftol(), 0.0);
        assertEquals(LbfgsbFitter.Scaling.NONE, LbfgsbFitter.scipyCompatible().scaling());
        assertEquals(LbfgsbOptimizer.DEFAULT_GTOL, LbfgsbFitter.scipyCompatible().optimizer().gtol(), 0.0);
    }
}

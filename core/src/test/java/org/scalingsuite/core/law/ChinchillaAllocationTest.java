package org.scalingsuite.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/*
 * Checks ChinchillaAllocation, the compute-optimal split of C = 6 N D (Hoffmann et al. 2022, App. D.3, Eq. 4):
 *  - against a case solvable by hand (alpha = beta = 1/2, A = B: N = D = sqrt(C/6), G = 1);
 *  - numerically, that it is the constrained minimum: 6 N D = C, the loss grows when N is moved either way
 *    along the constraint, and the derivative along the constraint vanishes;
 *  - against published/derived numbers (../shared/papers/chinchilla-peers.md, section 2.3): Hoffmann's
 *    unrounded parameters (E 1.69337, A 406.401, B 410.723, alpha 0.33917084, beta 0.2849083) give
 *    a = beta/(alpha+beta) = 0.45653 and D/N = 59.0 at the Chinchilla budget C = 6 * 70e9 * 1.4e12 = 5.88e23;
 *    the rounded ones (1.69, 406.4, 410.7, 0.34, 0.28) give D/N = 92.8; Epoch's MLE (log-sum-exp x =
 *    (6.17795598, 7.64273236, 0.59711196, 0.34781303, 0.36585412)) gives a = 0.5126, G = 0.1196,
 *    N* = 7.31e10, D* = 1.34e12, D/N = 18.3. Tolerance: half a unit in the last published digit.
 */
class ChinchillaAllocationTest {

    private static final double CHINCHILLA_COMPUTE = 6 * 70e9 * 1.4e12;
    private static final ChinchillaAllocation HOFFMANN_UNROUNDED =
            new ChinchillaAllocation(1.69337, 406.401, 410.723, 0.33917084, 0.2849083);
    private static final ChinchillaAllocation HOFFMANN_ROUNDED =
            new ChinchillaAllocation(1.69, 406.4, 410.7, 0.34, 0.28);
    private static final ChinchillaAllocation EPOCH_MLE = ChinchillaAllocation.of(ChinchillaLogSumExpLaw.toDirect(
            new double[] {6.17795598, 7.64273236, 0.59711196, 0.34781303, 0.36585412}));

    @Test
    void symmetricCaseSolvedByHand() {
        ChinchillaAllocation sym = new ChinchillaAllocation(1.5, 400, 400, 0.5, 0.5);
        double c = 6e20;
        assertEquals(1.0, sym.g(), 1e-15);
        assertEquals(0.5, sym.parameterExponent(), 0.0);
        assertEquals(0.5, sym.tokenExponent(), 0.0);
        assertEquals(1e10, sym.parameters(c), 1e10 * 1e-14);
        assertEquals(1e10, sym.tokens(c), 1e10 * 1e-14);
        assertEquals(1.0, sym.tokensPerParameter(c), 1e-14);
        assertEquals(1.5 + 400 / 1e5 + 400 / 1e5, sym.optimalLoss(c), 1e-14);
    }

    @Test
    void hoffmannUnroundedExponentAndRatio() {
        assertEquals(0.45653, HOFFMANN_UNROUNDED.parameterExponent(), 0.5e-5);
        assertEquals(1.0, HOFFMANN_UNROUNDED.parameterExponent() + HOFFMANN_UNROUNDED.tokenExponent(), 1e-15);
        assertEquals(59.0, HOFFMANN_UNROUNDED.tokensPerParameter(CHINCHILLA_COMPUTE), 0.05);
        assertEquals(92.8, HOFFMANN_ROUNDED.tokensPerParameter(CHINCHILLA_COMPUTE), 0.05);
    }

    @Test
    void epochMleAllocationAtChinchillaCompute() {
        assertEquals(0.5126, EPOCH_MLE.parameterExponent(), 0.5e-4);
        assertEquals(0.1196, EPOCH_MLE.g(), 0.5e-4);
        assertEquals(7.31e10, EPOCH_MLE.parameters(CHINCHILLA_COMPUTE), 0.005e10);
        assertEquals(1.34e12, EPOCH_MLE.tokens(CHINCHILLA_COMPUTE), 0.005e12);
        assertEquals(18.3, EPOCH_MLE.tokensPerParameter(CHINCHILLA_COMPUTE), 0.05);
    }

    @Test
    void allocationMinimisesTheLossOnTheComputeConstraint() {
        for (ChinchillaAllocation alloc : new ChinchillaAllocation[] {HOFFMANN_UNROUNDED, HOFFMANN_ROUNDED,
            EPOCH_MLE, new ChinchillaAllocation(0.5, 12, 3000, 0.12, 0.71)}) {
            double[] direct = {alloc.e(), alloc.a(), alloc.b(), alloc.alpha(), alloc.beta()};
            for (double c : new double[] {1e18, CHINCHILLA_COMPUTE, 1e27}) {
                double n = alloc.parameters(c);
                double d = alloc.tokens(c);
                assertEquals(c, 6 * n * d, 1e-12 * c, "on the constraint C = 6 N D");
                double best = ChinchillaLaw.instance().predict(new double[] {n, d}, direct);
                assertEquals(best, alloc.optimalLoss(c), 1e-14 * best);
                for (double t : new double[] {1e-3, 1e-2, 0.1, 1}) {
                    for (double sign : new double[] {-1, 1}) {
                        double f = Math.exp(sign * t);
                        double moved = ChinchillaLaw.instance().predict(new double[] {n * f, d / f}, direct);
                        assertTrue(moved > best, () -> "moving N by a factor " + f + " at C = " + c
                                + " lowers the loss: " + moved + " < " + best);
                    }
                }
                // d/dt L(N e^t, D e^-t) at t = 0 is zero; central difference with step 1e-4, relative to the
                // size of the reducible terms (the derivative's scale), allowing the O(h^2) truncation.
                double h = 1e-4;
                double up = ChinchillaLaw.instance().predict(new double[] {n * Math.exp(h), d * Math.exp(-h)}, direct);
                double down = ChinchillaLaw.instance().predict(new double[] {n * Math.exp(-h), d * Math.exp(h)},
                        direct);
                double reducible = best - alloc.e();
                assertEquals(0.0, (up - down) / (2 * h), 1e-6 * reducible, "stationary along the constraint");
            }
        }
    }
}

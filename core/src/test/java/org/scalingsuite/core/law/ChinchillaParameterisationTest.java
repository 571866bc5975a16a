package org.scalingsuite.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/*
 * Checks the link between the two Chinchilla parameterisations (Hoffmann et al. 2022, App. D.2; Besiroglu et al.
 * 2024): log-sum-exp parameters (a, b, e, alpha, beta) with A = e^a, B = e^b, E = e^e.
 *  - toDirect and fromDirect are inverse (4e-15 relative: an exp and a log, each within an ulp or so, and the
 *    log's error is magnified by at most |log x| <= 8 on the way back);
 *  - both laws predict the same loss (1e-13 relative: log-sum-exp then exp versus a direct sum of powers);
 *  - logSumExp is the plain log(e^u + e^v + e^w) where that is representable and does not overflow or lose the
 *    result where the plain formula would (1000 + log 3 for three arguments of 1000).
 */
class ChinchillaParameterisationTest {

    private static final double[][] DIRECT = {LawCases.HOFFMANN, LawCases.EPOCH, LawCases.ODD};

    @Test
    void toDirectAndFromDirectAreInverse() {
        for (double[] direct : DIRECT) {
            double[] lse = ChinchillaLogSumExpLaw.fromDirect(direct);
            assertEquals(Math.log(direct[1]), lse[0], 0.0, "a = log A");
            assertEquals(Math.log(direct[2]), lse[1], 0.0, "b = log B");
            assertEquals(Math.log(direct[0]), lse[2], 0.0, "e = log E");
            assertEquals(direct[3], lse[3], 0.0, "alpha unchanged");
            assertEquals(direct[4], lse[4], 0.0, "beta unchanged");
            double[] back = ChinchillaLogSumExpLaw.toDirect(lse);
            for (int j = 0; j < 5; j++) {
                assertEquals(direct[j], back[j], 4e-15 * Math.abs(direct[j]), "round trip, parameter " + j);
            }
            double[] again = ChinchillaLogSumExpLaw.fromDirect(back);
            for (int j = 0; j < 5; j++) {
                assertEquals(lse[j], again[j], 4e-15 * Math.max(1, Math.abs(lse[j])), "reverse round trip " + j);
            }
        }
    }

    @Test
    void bothParameterisationsPredictTheSameLoss() {
        for (double[] direct : DIRECT) {
            double[] lse = ChinchillaLogSumExpLaw.fromDirect(direct);
            for (double[] x : LawCases.ND) {
                double l1 = ChinchillaLaw.instance().predict(x, direct);
                double l2 = ChinchillaLogSumExpLaw.instance().predict(x, lse);
                double expected = direct[0] + direct[1] / Math.pow(x[0], direct[3])
                        + direct[2] / Math.pow(x[1], direct[4]);
                assertEquals(expected, l1, 1e-13 * expected);
                assertEquals(expected, l2, 1e-13 * expected);
            }
        }
    }

    @Test
    void logSumExpIsStable() {
        assertEquals(Math.log(Math.exp(0.5) + Math.exp(-1.0) + Math.exp(2.0)),
                ChinchillaLogSumExpLaw.logSumExp(0.5, -1.0, 2.0), 1e-15);
        assertEquals(1000 + Math.log(3), ChinchillaLogSumExpLaw.logSumExp(1000, 1000, 1000), 1e-12,
                "no overflow: e^1000 is not representable");
        assertEquals(-1000 + Math.log(3), ChinchillaLogSumExpLaw.logSumExp(-1000, -1000, -1000), 1e-12,
                "no underflow to log(0)");
        assertEquals(5.0, ChinchillaLogSumExpLaw.logSumExp(5, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY),
                0.0);
        assertEquals(Double.NEGATIVE_INFINITY, ChinchillaLogSumExpLaw.logSumExp(Double.NEGATIVE_INFINITY,
                Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY));
    }
}

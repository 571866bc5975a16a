package org.scalingsuite.core.compare;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.testing.FiniteDifferences;

/** The tied form equals the direct Chinchilla law with beta = alpha, and its gradients match finite differences. */
class TiedChinchillaLawTest {

    private static final double[] P = {6.0, 7.5, 0.6, 0.33};
    private static final double[][] X = {{1e8, 2e9}, {7e10, 1.4e12}, {5e7, 1e9}};

    @Test
    void equalsTheDirectFormWithEqualExponents() {
        double[] direct = TiedChinchillaLaw.toDirect(P);
        assertEquals(direct[3], direct[4]);
        for (double[] x : X) {
            assertEquals(ChinchillaLaw.instance().predict(x, direct), TiedChinchillaLaw.instance().predict(x, P),
                    1e-12);
        }
        assertArrayEquals(P, TiedChinchillaLaw.fromDirect(direct), 1e-12);
    }

    @Test
    void gradientsMatchFiniteDifferences() {
        TiedChinchillaLaw law = TiedChinchillaLaw.instance();
        for (double[] x : X) {
            double[] g = new double[4];
            double[] lg = new double[4];
            law.gradient(x, P, g);
            law.logGradient(x, P, lg);
            for (int j = 0; j < 4; j++) {
                FiniteDifferences.Derivative d = FiniteDifferences.partial(p -> law.predict(x, p), P, j);
                assertEquals(d.value(), g[j], FiniteDifferences.tolerance(d), "d/dp" + j);
                FiniteDifferences.Derivative dl = FiniteDifferences.partial(p -> law.logPredict(x, p), P, j);
                assertEquals(dl.value(), lg[j], FiniteDifferences.tolerance(dl), "dlog/dp" + j);
            }
        }
    }
}

package org.scalingsuite.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.testing.FiniteDifferences;

/*
 * Checks the NIST StRD reference material itself before the fitters are judged by it: the transcribed .dat files
 * (NIST ITL StRD, https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml) parse to the published counts, the
 * sum of squared residuals of the transcribed data at the certified parameters equals the certified residual sum
 * of squares, and the test laws' analytic gradients agree with finite differences.
 *
 * RSS tolerance: the certified parameters are printed to 11 significant digits, so evaluating at them moves the
 * RSS from its minimum by a second-order amount (far below 1e-11 relative) and the RSS is printed to 11 digits:
 * 1e-9 relative is loose enough for both and fails on any mistyped data value (one digit wrong in one y moves
 * the RSS by at least ~1e-4 relative here).
 */
class NistDatasetTest {

    @ParameterizedTest
    @ValueSource(strings = {"Misra1a", "Thurber"})
    void fileParsesToThePublishedShape(String name) {
        NistDataset d = NistDataset.load(name);
        int expectedObservations = name.equals("Misra1a") ? 14 : 37;
        int expectedParameters = name.equals("Misra1a") ? 2 : 7;
        assertEquals(expectedObservations, d.data().size());
        assertEquals(expectedParameters, d.certified().length);
        assertEquals(expectedParameters, d.start1().length);
        assertEquals(expectedParameters, d.start2().length);
        assertTrue(d.certifiedRss() > 0);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Misra1a", "Thurber"})
    void certifiedParametersReproduceTheCertifiedRss(String name) {
        NistDataset d = NistDataset.load(name);
        Law law = NistLaws.forDataset(name);
        double rss = 0;
        for (int i = 0; i < d.data().size(); i++) {
            double r = d.data().response(i) - law.predict(d.data().row(i), d.certified());
            rss += r * r;
        }
        assertEquals(d.certifiedRss(), rss, 1e-9 * d.certifiedRss());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Misra1a", "Thurber"})
    void lawGradientsAgreeWithFiniteDifferences(String name) {
        NistDataset d = NistDataset.load(name);
        Law law = NistLaws.forDataset(name);
        for (double[] p : new double[][] {d.start1(), d.start2(), d.certified()}) {
            for (int i = 0; i < d.data().size(); i++) {
                double[] x = d.data().row(i);
                double[] g = new double[p.length];
                law.gradient(x, p, g);
                FiniteDifferences.assertGradient(q -> law.predict(x, q), p, g, name + " row " + i);
            }
        }
    }
}

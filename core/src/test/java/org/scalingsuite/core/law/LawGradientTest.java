package org.scalingsuite.core.law;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.testing.FiniteDifferences;

/*
 * Checks every law's analytic derivatives against five-point finite differences of its own predictions
 * (tolerance derivation in FiniteDifferences): gradient() against d predict / d p, logGradient() against
 * d logPredict / d p, and logPredict() against log(predict()) (1e-14 relative: one logarithm's rounding on a
 * value of order 1-10, the log-sum-exp law's exp/log round trip included).
 * Laws: ChinchillaLaw, ChinchillaLogSumExpLaw, KaplanLaw, KaplanPowerLaw, PowerLaw plain and saturating, each at
 * several parameter sets (Hoffmann's, Epoch's, Kaplan's published values and arbitrary ones) and inputs.
 */
class LawGradientTest {

    static List<LawCases.Case> cases() {
        return LawCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void gradientMatchesFiniteDifferences(LawCases.Case c) {
        Law law = c.law();
        for (double[] p : c.parameters()) {
            for (double[] x : c.inputs()) {
                double[] g = new double[p.length];
                law.gradient(x, p, g);
                FiniteDifferences.assertGradient(q -> law.predict(x, q), p, g,
                        c + " gradient at x=" + Arrays.toString(x));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logGradientMatchesFiniteDifferences(LawCases.Case c) {
        Law law = c.law();
        for (double[] p : c.parameters()) {
            for (double[] x : c.inputs()) {
                double[] g = new double[p.length];
                law.logGradient(x, p, g);
                FiniteDifferences.assertGradient(q -> law.logPredict(x, q), p, g,
                        c + " logGradient at x=" + Arrays.toString(x));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void logPredictIsTheLogOfPredict(LawCases.Case c) {
        Law law = c.law();
        for (double[] p : c.parameters()) {
            for (double[] x : c.inputs()) {
                double log = law.logPredict(x, p);
                assertEquals(Math.log(law.predict(x, p)), log, 1e-14 * Math.max(1, Math.abs(log)),
                        c + " at x=" + Arrays.toString(x) + " p=" + Arrays.toString(p));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void namesAndDimensionsAgree(LawCases.Case c) {
        Law law = c.law();
        assertEquals(law.parameters().size(), law.dimension());
        for (double[] p : c.parameters()) {
            assertEquals(law.dimension(), p.length);
        }
        for (int j = 0; j < law.dimension(); j++) {
            assertEquals(j, law.parameterIndex(law.parameters().get(j)));
        }
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> law.parameterIndex("no-such-parameter"));
    }
}

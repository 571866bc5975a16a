package org.scalingsuite.core.fit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.core.optim.Termination;

/*
 * Checks LevenbergMarquardtFitter (Commons Math LM, analytic Jacobian) against the certified values of two NIST
 * StRD nonlinear regression problems (https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml), from both NIST
 * starting points: Misra1a (lower difficulty) and Thurber (higher difficulty, 7-parameter rational model).
 *
 * Accuracy is the StRD log relative error LRE = -log10(|estimate - certified| / |certified|) (McCullough 1998).
 * NIST certifies 11 digits; we require LRE >= 6 on every parameter and LRE >= 9 on the residual sum of squares
 * (which is quadratic in the parameter error, hence accurate to about twice as many digits).
 *  - Misra1a with the scipy curve_fit defaults (ftol = xtol = 1.49012e-8) meets this (observed LRE ~9.8).
 *  - Thurber needs tighter stopping tolerances: with the defaults the xtol test stops LM once a step changes the
 *    parameters by < 1.5e-8 relative, which on Thurber's ill-conditioned Jacobian leaves ~4.5 correct digits
 *    (asserted separately as LRE >= 4, i.e. four correct digits, with RSS LRE >= 7). With
 *    ftol = xtol = 1e-15 LM reaches LRE ~8.5.
 */
class LevenbergMarquardtNistTest {

    private static final LevenbergMarquardtFitter DEFAULTS = LevenbergMarquardtFitter.withDefaults();
    private static final LevenbergMarquardtFitter TIGHT = DEFAULTS.withFtol(1e-15).withXtol(1e-15);

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("Misra1a", 1, "defaults", DEFAULTS, 6.0, 9.0),
                Arguments.of("Misra1a", 2, "defaults", DEFAULTS, 6.0, 9.0),
                Arguments.of("Thurber", 1, "ftol=xtol=1e-15", TIGHT, 6.0, 9.0),
                Arguments.of("Thurber", 2, "ftol=xtol=1e-15", TIGHT, 6.0, 9.0),
                Arguments.of("Thurber", 1, "defaults", DEFAULTS, 4.0, 7.0),
                Arguments.of("Thurber", 2, "defaults", DEFAULTS, 4.0, 7.0));
    }

    @ParameterizedTest(name = "{0} from start {1}, {2}")
    @MethodSource("runs")
    void reachesTheCertifiedValues(String name, int startNumber, String settings, LevenbergMarquardtFitter fitter,
            double minParameterLre, double minRssLre) {
        NistDataset d = NistDataset.load(name);
        FitProblem problem = FitProblem.of(NistLaws.forDataset(name), d.data(), LeastSquares.raw());
        double[] start = startNumber == 1 ? d.start1() : d.start2();

        FitResult r = fitter.fit(problem, start);

        assertTrue(r.converged(), r::toString);
        assertEquals(Termination.LM_TOLERANCE_MET, r.termination());
        double parameterLre = d.minParameterLre(r.parameters());
        double rssLre = NistDataset.lre(r.objective(), d.certifiedRss());
        assertTrue(parameterLre >= minParameterLre,
                () -> name + " parameter LRE " + parameterLre + " < " + minParameterLre + ": " + r);
        assertTrue(rssLre >= minRssLre, () -> name + " RSS LRE " + rssLre + " < " + minRssLre + ": " + r);
        assertEquals(java.util.List.of(), r.warnings(), "no bounds, so no bound warnings");
    }
}

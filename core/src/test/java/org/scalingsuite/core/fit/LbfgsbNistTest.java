package org.scalingsuite.core.fit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.core.optim.Termination;
import org.scalingsuite.core.optim.lbfgsb.LbfgsbOptimizer;

/*
 * Checks L-BFGS-B (LbfgsbFitter on the least-squares objective, analytic gradient) against the certified values
 * of the NIST StRD problems Misra1a and Thurber (https://www.itl.nist.gov/div898/strd/nls/nls_main.shtml), from
 * both NIST starting points, with the same accuracy demanded of Levenberg-Marquardt: LRE >= 6 on every parameter
 * and LRE >= 9 on the residual sum of squares (observed: >= 8.2 and >= 10.4).
 *
 * Settings and why: these problems are badly scaled for a quasi-Newton method started from theta I (Misra1a's
 * b1 ~ 239 and b2 ~ 5.5e-4 differ by six orders of magnitude; J'J at the solution has condition number 5.7e13).
 * L-BFGS-B then makes tiny progress along the valley for many iterations, so any relative-reduction test fires
 * early: with ftol = 1e-12 (LbfgsbFitter's default), and likewise with scipy's defaults (checked with scipy
 * 1.17.1), Misra1a from start 1 stops at b1 = 500, its start value. We therefore disable that test (ftol = 0) and
 * stop on the projected gradient, gtol = 1e-9 on the objective scaled by its starting value.
 *
 * A run may instead end with LINE_SEARCH_FAILED: at the solution the objective is flat to rounding, so no step
 * can decrease it any more although the scaled gradient (dominated by the stiff direction) is still above gtol;
 * scipy reports this as "ABNORMAL". That ending is accepted here only together with the accuracy assertions,
 * which show that the point reached is the certified solution.
 */
class LbfgsbNistTest {

    private static final LbfgsbFitter FITTER = LbfgsbFitter.withDefaults()
            .withOptimizer(LbfgsbOptimizer.withDefaults().withFtol(0).withGtol(1e-9));

    static Stream<Arguments> runs() {
        return Stream.of(
                Arguments.of("Misra1a", 1), Arguments.of("Misra1a", 2),
                Arguments.of("Thurber", 1), Arguments.of("Thurber", 2));
    }

    @ParameterizedTest(name = "{0} from start {1}")
    @MethodSource("runs")
    void reachesTheCertifiedValues(String name, int startNumber) {
        NistDataset d = NistDataset.load(name);
        FitProblem problem = FitProblem.of(NistLaws.forDataset(name), d.data(), LeastSquares.raw());
        double[] start = startNumber == 1 ? d.start1() : d.start2();

        FitResult r = FITTER.fit(problem, start);

        assertTrue(r.converged() || r.termination() == Termination.LINE_SEARCH_FAILED, r::toString);
        double parameterLre = d.minParameterLre(r.parameters());
        double rssLre = NistDataset.lre(r.objective(), d.certifiedRss());
        assertTrue(parameterLre >= 6, () -> name + " parameter LRE " + parameterLre + ": " + r);
        assertTrue(rssLre >= 9, () -> name + " RSS LRE " + rssLre + ": " + r);
    }
}

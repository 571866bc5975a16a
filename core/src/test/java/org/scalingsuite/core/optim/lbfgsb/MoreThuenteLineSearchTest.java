package org.scalingsuite.core.optim.lbfgsb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/*
 * Checks the Moré-Thuente line search directly (it is package-private) on the six one-dimensional test functions
 * of J. J. Moré and D. J. Thuente, "Line search algorithms with guaranteed sufficient decrease", ACM TOMS 20(3),
 * 1994, section 5 (Tables 1-6), from the initial steps 1e-3, 1e-1, 1e1, 1e3 used there:
 *  - with the paper's (mu, eta) per function and a negligible interval tolerance (xtol 1e-10), every search ends
 *    CONVERGED at a step satisfying the strong Wolfe conditions
 *        phi(a) <= phi(0) + ftol a phi'(0)   and   |phi'(a)| <= gtol |phi'(0)|;
 *  - with L-BFGS-B's constants (ftol 1e-3, gtol 0.9, xtol 0.1) the same holds on functions 1 and 4-6
 *    (e.g. phi(a) = -a/(a^2 + 2));
 *  - on functions 2 and 3 (a derivative of -5e-7 at 0, and a wiggly function), strong Wolfe needs a step within
 *    ~1e-8 of a minimizer, finer than xtol 0.1 resolves: the search may end with the "xtol test satisfied"
 *    warning that L-BFGS-B accepts, and the accepted step must then still give sufficient decrease.
 * The conditions are checked on phi and phi' recomputed here, with no tolerance: they are inequalities.
 * Also checks the argument errors (ascent direction, initial step outside [min, max]) and the retreat from
 * a non-finite value.
 */
class MoreThuenteLineSearchTest {

    /** A test function phi with derivative dphi. */
    record Phi(String name, DoubleUnaryOperator phi, DoubleUnaryOperator dphi, double mu, double eta) {
        @Override
        public String toString() {
            return name;
        }
    }

    static List<Phi> functions() {
        List<Phi> list = new ArrayList<>();
        // (5.1) phi(a) = -a / (a^2 + beta), beta = 2; paper: mu = 0.001, eta = 0.1.
        double b1 = 2;
        list.add(new Phi("MT1 -a/(a^2+2)", a -> -a / (a * a + b1),
                a -> (a * a - b1) / ((a * a + b1) * (a * a + b1)), 0.001, 0.1));
        // (5.2) phi(a) = (a + beta)^5 - 2 (a + beta)^4, beta = 0.004; paper: mu = 0.1, eta = 0.1.
        double b2 = 0.004;
        list.add(new Phi("MT2 (a+0.004)^5-2(a+0.004)^4", a -> Math.pow(a + b2, 5) - 2 * Math.pow(a + b2, 4),
                a -> 5 * Math.pow(a + b2, 4) - 8 * Math.pow(a + b2, 3), 0.1, 0.1));
        // (5.3) phi(a) = phi0(a) + 2 (1 - beta) / (l pi) sin(l pi a / 2), beta = 0.01, l = 39;
        // phi0 = 1 - a (a <= 1 - beta), a - 1 (a >= 1 + beta), (a - 1)^2 / (2 beta) + beta / 2 otherwise.
        double beta = 0.01;
        double l = 39;
        list.add(new Phi("MT3 wiggly", a -> {
            double phi0 = a <= 1 - beta ? 1 - a : a >= 1 + beta ? a - 1 : (a - 1) * (a - 1) / (2 * beta) + beta / 2;
            return phi0 + 2 * (1 - beta) / (l * Math.PI) * Math.sin(l * Math.PI * a / 2);
        }, a -> {
            double d0 = a <= 1 - beta ? -1 : a >= 1 + beta ? 1 : (a - 1) / beta;
            return d0 + (1 - beta) * Math.cos(l * Math.PI * a / 2);
        }, 0.1, 0.1));
        // (5.4) Yanai, Ozawa, Kaneko: phi(a) = gamma(b1) sqrt((1 - a)^2 + b2^2) + gamma(b2) sqrt(a^2 + b1^2),
        // gamma(b) = sqrt(1 + b^2) - b; paper: mu = eta = 0.001 with (b1, b2) as below.
        double[][] yok = {{0.001, 0.001}, {0.01, 0.001}, {0.001, 0.01}};
        for (int k = 0; k < yok.length; k++) {
            double c1 = yok[k][0];
            double c2 = yok[k][1];
            double g1 = Math.sqrt(1 + c1 * c1) - c1;
            double g2 = Math.sqrt(1 + c2 * c2) - c2;
            list.add(new Phi("MT" + (4 + k) + " YOK(" + c1 + ", " + c2 + ")",
                    a -> g1 * Math.sqrt((1 - a) * (1 - a) + c2 * c2) + g2 * Math.sqrt(a * a + c1 * c1),
                    a -> -g1 * (1 - a) / Math.sqrt((1 - a) * (1 - a) + c2 * c2) + g2 * a / Math.sqrt(a * a + c1 * c1),
                    0.001, 0.001));
        }
        return list;
    }

    static Stream<Arguments> cases() {
        return cases(0, 1, 2, 3, 4, 5);
    }

    static Stream<Arguments> wellResolvedCases() {
        return cases(0, 3, 4, 5);
    }

    static Stream<Arguments> hardCases() {
        return cases(1, 2);
    }

    private static Stream<Arguments> cases(int... which) {
        List<Phi> all = functions();
        List<Arguments> out = new ArrayList<>();
        for (int k : which) {
            for (double a0 : new double[] {1e-3, 1e-1, 1e1, 1e3}) {
                out.add(Arguments.of(all.get(k), a0));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}, a0 = {1}, paper constants")
    @MethodSource("cases")
    void acceptedStepSatisfiesStrongWolfeWithThePapersConstants(Phi phi, double a0) {
        Outcome o = search(phi, a0, phi.mu(), phi.eta(), 1e-10);
        assertEquals(MoreThuenteLineSearch.Status.CONVERGED, o.status(), o.context());
        assertStrongWolfe(phi, o, phi.mu(), phi.eta());
    }

    @ParameterizedTest(name = "{0}, a0 = {1}, L-BFGS-B constants")
    @MethodSource("wellResolvedCases")
    void acceptedStepSatisfiesStrongWolfeWithLbfgsbConstants(Phi phi, double a0) {
        Outcome o = search(phi, a0, 1e-3, 0.9, 0.1);
        assertEquals(MoreThuenteLineSearch.Status.CONVERGED, o.status(), o.context());
        assertStrongWolfe(phi, o, 1e-3, 0.9);
    }

    @ParameterizedTest(name = "{0}, a0 = {1}, L-BFGS-B constants")
    @MethodSource("hardCases")
    void stepAcceptedByLbfgsbGivesSufficientDecreaseOnHardFunctions(Phi phi, double a0) {
        Outcome o = search(phi, a0, 1e-3, 0.9, 0.1);
        if (o.status() == MoreThuenteLineSearch.Status.CONVERGED) {
            assertStrongWolfe(phi, o, 1e-3, 0.9);
        } else {
            assertEquals(MoreThuenteLineSearch.Status.WARNING, o.status(), o.context());
            assertEquals("xtol test satisfied", o.message(), o.context());
            double fa = phi.phi().applyAsDouble(o.step());
            assertTrue(o.step() > 0, o.context());
            assertTrue(fa <= o.f0() + 1e-3 * o.step() * o.g0(), "sufficient decrease: " + o.context());
        }
    }

    /** How a search ended. */
    record Outcome(MoreThuenteLineSearch.Status status, String message, double step, double f0, double g0,
            String context) {
    }

    private static Outcome search(Phi phi, double a0, double ftol, double gtol, double xtol) {
        MoreThuenteLineSearch search = new MoreThuenteLineSearch(ftol, gtol, xtol);
        double f0 = phi.phi().applyAsDouble(0);
        double g0 = phi.dphi().applyAsDouble(0);
        assertTrue(g0 < 0, "the test functions descend at 0");
        MoreThuenteLineSearch.Status status = search.start(f0, g0, a0, 0, 1e10);
        int evaluations = 0;
        while (status == MoreThuenteLineSearch.Status.EVALUATE && evaluations < 100) {
            double a = search.step();
            status = search.next(phi.phi().applyAsDouble(a), phi.dphi().applyAsDouble(a));
            evaluations++;
        }
        String context = phi + " from a0 = " + a0 + ": status " + status + " (" + search.message() + ") at a = "
                + search.step() + " after " + evaluations + " evaluations";
        return new Outcome(status, search.message(), search.step(), f0, g0, context);
    }

    private static void assertStrongWolfe(Phi phi, Outcome o, double ftol, double gtol) {
        double a = o.step();
        double fa = phi.phi().applyAsDouble(a);
        double ga = phi.dphi().applyAsDouble(a);
        assertTrue(a > 0, o.context());
        assertTrue(fa <= o.f0() + ftol * a * o.g0(), "sufficient decrease: " + o.context());
        assertTrue(Math.abs(ga) <= gtol * Math.abs(o.g0()), "curvature: |phi'(a)| = " + Math.abs(ga) + ", "
                + o.context());
    }

    @Test
    void rejectsAnAscentDirectionAndInitialStepsOutsideTheRange() {
        MoreThuenteLineSearch search = new MoreThuenteLineSearch(1e-3, 0.9, 0.1);
        assertEquals(MoreThuenteLineSearch.Status.ERROR, search.start(0, 0.5, 1, 0, 10), "phi'(0) > 0");
        assertEquals(MoreThuenteLineSearch.Status.ERROR, search.start(0, 0, 1, 0, 10), "phi'(0) = 0");
        assertEquals(MoreThuenteLineSearch.Status.ERROR, search.start(0, -1, 11, 0, 10), "step above maximum");
        assertEquals(MoreThuenteLineSearch.Status.ERROR, search.start(0, -1, 0.5, 1, 10), "step below minimum");
        assertEquals(MoreThuenteLineSearch.Status.EVALUATE, search.start(0, -1, 1, 0, 10));
    }

    @Test
    void retreatsBelowAStepWhereTheFunctionIsNotFinite() {
        MoreThuenteLineSearch search = new MoreThuenteLineSearch(1e-3, 0.9, 0.1);
        // phi(a) = (a - 1)^2 for a < 2, NaN beyond: the first trial step 4 fails.
        assertEquals(MoreThuenteLineSearch.Status.EVALUATE, search.start(1, -2, 4, 0, 1e10));
        assertEquals(MoreThuenteLineSearch.Status.EVALUATE, search.retreat());
        double a = search.step();
        assertEquals(2.0, a, 0.0, "halfway between the best step so far (0) and the failed one (4)");
        // Still not finite at 2: halve again towards 0.
        assertEquals(MoreThuenteLineSearch.Status.EVALUATE, search.retreat());
        assertEquals(1.0, search.step(), 0.0);
        // phi(1) = 0, phi'(1) = 0: strong Wolfe holds.
        assertEquals(MoreThuenteLineSearch.Status.CONVERGED, search.next(0, 0));
    }
}

package org.scalingsuite.core.objective;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.analysis.integration.IterativeLegendreGaussIntegrator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;
import org.scalingsuite.core.law.Law;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.testing.ChinchillaData;
import org.scalingsuite.core.testing.FiniteDifferences;

/*
 * Checks HuberLikelihood, the Huber-density likelihood with free log-scale sigma of Besiroglu et al. (2024):
 *  - logNormalizer(delta) = log of the integral of exp(-rho_delta(z)) over the real line, the integral computed
 *    here by Gauss-Legendre quadrature (Commons Math, relative accuracy 1e-14) on [0, delta] and on the tail
 *    mapped to [0, 1), to 1e-9 relative (the brief's requirement; quadrature reaches ~1e-13);
 *  - the bound negative log-likelihood equals -logLikelihood(residuals, sigma) and its gradient in (law
 *    parameters, sigma) matches five-point finite differences (standardised residuals kept at least 0.5 from
 *    +-delta so the stencil never crosses the kink);
 *  - profile(): with every |r| / s > delta the maximising scale is s = delta mean|r| (the stationarity condition
 *    n = sum psi(z) z becomes n = delta sum|r| / s), to 1e-10 relative (Brent's solver stops within 1e-12 in
 *    sigma); in general the profile maximises the log-likelihood: sigma +- 1e-3, 1e-2, 0.1, 1 are all lower.
 */
class HuberLikelihoodTest {

    private static final Law LAW = ChinchillaLogSumExpLaw.instance();
    private static final double[] P = ChinchillaLogSumExpLaw.fromDirect(ChinchillaData.EPOCH);

    @ParameterizedTest
    @ValueSource(doubles = {1e-3, 0.5, 1.345, 3.0})
    void logNormalizerIsTheLogOfTheIntegralOfTheUnnormalisedDensity(double delta) {
        IterativeLegendreGaussIntegrator integrator = new IterativeLegendreGaussIntegrator(16, 1e-14, 1e-300);
        // Central part: exp(-z^2/2) on [0, delta].
        double central = integrator.integrate(100_000, z -> Math.exp(-HuberLoss.huber(delta, z)), 0, delta);
        // Tail: z = delta + u / (delta (1 - u)), u in [0, 1), dz = du / (delta (1 - u)^2).
        double tail = integrator.integrate(100_000, u -> {
            if (u >= 1) {
                return 0;
            }
            double z = delta + u / (delta * (1 - u));
            return Math.exp(-HuberLoss.huber(delta, z)) / (delta * (1 - u) * (1 - u));
        }, 0, 1);
        double integral = 2 * (central + tail);

        assertEquals(integral, Math.exp(HuberLikelihood.logNormalizer(delta)), 1e-9 * integral);
    }

    @Test
    void boundValueIsMinusTheLogLikelihoodOfTheResiduals() {
        double delta = 1.345;
        double[] r = {-0.05, -0.02, -0.005, 0.001, 0.008, 0.03};
        Observations data = ChinchillaData.withLogResiduals(ChinchillaData.EPOCH, r);
        HuberLikelihood objective = new HuberLikelihood(delta, Space.LOG);
        double sigma = Math.log(0.01);
        double[] residuals = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            residuals[i] = Math.log(data.response(i)) - LAW.logPredict(data.row(i), P);
        }
        double[] params = append(P, sigma);

        DifferentiableFunction nll = objective.bind(LAW, data);
        double value = nll.valueAndGradient(params, new double[6]);

        assertEquals(6, nll.dimension());
        assertEquals(List.of("sigma"), objective.extraParameters());
        double expected = -objective.logLikelihood(residuals, sigma);
        assertEquals(expected, value, 1e-13 * Math.abs(expected));
        // And the formula itself: sum rho(r/s) + n (log Z + sigma).
        double manual = 0;
        for (double res : residuals) {
            manual += HuberLoss.huber(delta, res / 0.01) + HuberLikelihood.logNormalizer(delta) + sigma;
        }
        assertEquals(manual, value, 1e-12 * Math.abs(manual));
    }

    @Test
    void gradientMatchesFiniteDifferences() {
        double delta = 1.345;
        // With s = 0.01: z = -5, -2, -0.5, 0.1, 0.8, 3; the stencil moves z by at most ~0.12.
        double[] r = {-0.05, -0.02, -0.005, 0.001, 0.008, 0.03};
        Observations data = ChinchillaData.withLogResiduals(ChinchillaData.EPOCH, r);
        DifferentiableFunction nll = new HuberLikelihood(delta, Space.LOG).bind(LAW, data);
        for (double sigma : new double[] {Math.log(0.01), Math.log(0.012)}) {
            double[] params = append(P, sigma);
            double[] g = new double[6];
            nll.valueAndGradient(params, g);
            FiniteDifferences.assertGradient(q -> nll.valueAndGradient(q, new double[6]), params, g,
                    "Huber NLL at sigma " + sigma);
        }
    }

    @Test
    void profileScaleHasTheClosedFormWhenAllResidualsAreInTheTails() {
        double delta = 0.1;
        double[] r = {0.5, -1.0, 2.0, -1.5, 0.8, 0.03};
        double meanAbs = (0.5 + 1.0 + 2.0 + 1.5 + 0.8 + 0.03) / 6;
        double s = delta * meanAbs;
        for (double v : r) {
            assertTrue(Math.abs(v) / s > delta, "precondition: every |r|/s exceeds delta");
        }
        HuberLikelihood.Profile profile = new HuberLikelihood(delta, Space.LOG).profile(r);

        assertEquals(s, Math.exp(profile.logScale()), 1e-10 * s);
        assertEquals(new HuberLikelihood(delta, Space.LOG).logLikelihood(r, profile.logScale()),
                profile.logLikelihood(), 0.0);
        assertProfileIsAMaximum(new HuberLikelihood(delta, Space.LOG), r, profile);
    }

    @Test
    void profileMaximisesTheLogLikelihoodInGeneral() {
        Random rng = new Random(7);
        double[] r = new double[40];
        for (int i = 0; i < r.length; i++) {
            r[i] = 0.02 * rng.nextGaussian();
        }
        for (double delta : new double[] {1e-3, 0.5, 1.345, 3.0}) {
            HuberLikelihood objective = new HuberLikelihood(delta, Space.LOG);
            HuberLikelihood.Profile profile = objective.profile(r);
            assertProfileIsAMaximum(objective, r, profile);
            // Stationarity: n = sum psi(z) z at the optimum.
            double s = Math.exp(profile.logScale());
            double sum = 0;
            for (double v : r) {
                double z = v / s;
                sum += Math.abs(z) <= delta ? z * z : delta * Math.abs(z);
            }
            assertEquals(r.length, sum, 1e-9 * r.length, "stationarity at delta " + delta);
        }
    }

    @Test
    void invalidInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new HuberLikelihood(0, Space.LOG));
        assertThrows(IllegalArgumentException.class, () -> new HuberLikelihood(Double.NaN, Space.LOG));
        assertThrows(IllegalArgumentException.class,
                () -> new HuberLikelihood(1, Space.LOG).profile(new double[] {0, 0, 0}));
    }

    private static void assertProfileIsAMaximum(HuberLikelihood objective, double[] r, HuberLikelihood.Profile p) {
        for (double step : new double[] {1e-3, 1e-2, 0.1, 1}) {
            for (double sign : new double[] {-1, 1}) {
                double neighbour = objective.logLikelihood(r, p.logScale() + sign * step);
                assertTrue(neighbour < p.logLikelihood(), () -> "sigma " + (p.logScale() + sign * step)
                        + " has a higher log-likelihood " + neighbour + " than the profile " + p);
            }
        }
    }

    private static double[] append(double[] p, double v) {
        double[] out = java.util.Arrays.copyOf(p, p.length + 1);
        out[p.length] = v;
        return out;
    }
}

package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.SplittableRandom;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Table;

/**
 * McCandlish et al. (2018) identities and the two-batch noise-scale estimator, on seeded synthetic problems
 * (no per-task numbers of the paper are public): the optimal step of the quadratic model against a numeric
 * search, B_noise = B_simple when H is proportional to I, and the estimator's bias on Gaussian per-example
 * gradients with Merrill et al.'s B_small = 1, B_big = 64.
 */
final class McCandlishSection {

    static final long SEED = 20181214L;
    static final int DIMENSION = 20;
    static final double NOISE = 6.0;
    static final int SMALL_BATCH = 1;
    static final int BIG_BATCH = 64;
    static final int BATCHES = 20_000;

    private McCandlishSection() {
    }

    /** @return a seeded random quadratic: G ~ N(0, I), H = M^T M / d + 0.1 I, Sigma = A A^T. */
    static QuadraticModel randomQuadratic(long seed, boolean isotropicHessian) {
        SplittableRandom random = new SplittableRandom(seed);
        SyntheticGradients g = SyntheticGradients.draw(DIMENSION, NOISE, random);
        double[][] h = new double[DIMENSION][DIMENSION];
        if (isotropicHessian) {
            for (int i = 0; i < DIMENSION; i++) {
                h[i][i] = 0.37;
            }
        } else {
            double[][] m = new double[DIMENSION][DIMENSION];
            for (double[] row : m) {
                for (int j = 0; j < DIMENSION; j++) {
                    row[j] = random.nextGaussian();
                }
            }
            for (int i = 0; i < DIMENSION; i++) {
                for (int j = 0; j < DIMENSION; j++) {
                    double v = 0;
                    for (int k = 0; k < DIMENSION; k++) {
                        v += m[k][i] * m[k][j];
                    }
                    h[i][j] = v / DIMENSION + (i == j ? 0.1 : 0);
                }
            }
        }
        return new QuadraticModel(g.gradient(), h, g.covariance());
    }

    /** @return the step size maximising the expected improvement, by golden-section search on [0, hi]. */
    static double numericOptimalStep(QuadraticModel q, double batch) {
        double lo = 0;
        double hi = 4 * q.gradientNormSquared() / q.curvature();
        double ratio = (Math.sqrt(5) - 1) / 2;
        double a = hi - ratio * (hi - lo);
        double b = lo + ratio * (hi - lo);
        double fa = q.expectedImprovement(a, batch);
        double fb = q.expectedImprovement(b, batch);
        for (int i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
            if (fa > fb) {
                hi = b;
                b = a;
                fb = fa;
                a = hi - ratio * (hi - lo);
                fa = q.expectedImprovement(a, batch);
            } else {
                lo = a;
                a = b;
                fa = fb;
                b = lo + ratio * (hi - lo);
                fb = q.expectedImprovement(b, batch);
            }
        }
        return 0.5 * (lo + hi);
    }

    static void contribute(ReproductionReport.Builder report, StepsExamplesTradeoff largestZhangFit) {
        QuadraticModel q = randomQuadratic(SEED, false);
        double batch = 32;
        double numericStep = numericOptimalStep(q, batch);
        report.value("mccandlish.quadratic.optimal_step", numericStep / q.optimalStepSize(batch));
        report.value("mccandlish.quadratic.optimal_improvement",
                q.expectedImprovement(numericStep, batch) / q.optimalImprovement(batch));

        QuadraticModel iso = randomQuadratic(SEED, true);
        report.value("mccandlish.bnoise_equals_bsimple", iso.noiseScale() / iso.simpleNoiseScale());

        SplittableRandom random = new SplittableRandom(SEED);
        SyntheticGradients gradients = SyntheticGradients.draw(DIMENSION, NOISE, random);
        TwoBatchEstimate estimate = gradients.estimate(SMALL_BATCH, BIG_BATCH, BATCHES, random);
        double exactTrace = gradients.simpleNoiseScale() * norm2(gradients.gradient());
        report.value("mccandlish.estimator.b_simple", estimate.simpleNoiseScale() / gradients.simpleNoiseScale());

        report.value("mccandlish.tradeoff.steps_at_bcrit",
                largestZhangFit.steps(largestZhangFit.criticalBatch()) / largestZhangFit.minSteps());

        report.table(Table.builder("mccandlish-checks", "McCandlish et al.: identities on seeded synthetic problems",
                        "quantity", "closed form / exact", "numeric / estimated", "ratio")
                .caption("Random 20-dimensional quadratic (seed " + SEED + "), batch 32: optimal step and improvement "
                        + "against a golden-section search. Two-batch estimator: Gaussian per-example gradients "
                        + "g = G + A z, " + BATCHES + " batches each of B_small = " + SMALL_BATCH + " and B_big = "
                        + BIG_BATCH + ". The Hessian is c I for the B_noise = B_simple row.")
                .row("optimal step eps_opt(B)", q.optimalStepSize(batch), numericStep,
                        numericStep / q.optimalStepSize(batch))
                .row("optimal improvement Delta L_opt(B)", q.optimalImprovement(batch),
                        q.expectedImprovement(numericStep, batch),
                        q.expectedImprovement(numericStep, batch) / q.optimalImprovement(batch))
                .row("B_noise vs B_simple, H = c I", iso.simpleNoiseScale(), iso.noiseScale(),
                        iso.noiseScale() / iso.simpleNoiseScale())
                .row("B_noise vs B_simple, general H", q.simpleNoiseScale(), q.noiseScale(),
                        q.noiseScale() / q.simpleNoiseScale())
                .row("|G|^2 (two-batch estimator)", norm2(gradients.gradient()), estimate.gradientNormSquared(),
                        estimate.gradientNormSquared() / norm2(gradients.gradient()))
                .row("tr Sigma (two-batch estimator)", exactTrace, estimate.traceCovariance(),
                        estimate.traceCovariance() / exactTrace)
                .row("B_simple (ratio of averages)", gradients.simpleNoiseScale(), estimate.simpleNoiseScale(),
                        estimate.simpleNoiseScale() / gradients.simpleNoiseScale())
                .row("S(B_crit) / S_min on Zhang's 1.2B fit", 2, largestZhangFit.steps(largestZhangFit.criticalBatch())
                        / largestZhangFit.minSteps(), largestZhangFit.steps(largestZhangFit.criticalBatch())
                        / largestZhangFit.minSteps() / 2)
                .build());
    }

    private static double norm2(double[] g) {
        double s = 0;
        for (double v : g) {
            s += v * v;
        }
        return s;
    }
}

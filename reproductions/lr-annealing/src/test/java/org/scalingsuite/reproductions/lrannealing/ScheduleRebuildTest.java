package org.scalingsuite.reproductions.lrannealing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.lrannealing.data.LossCurve;
import org.scalingsuite.reproductions.lrannealing.data.MultiPowerLawCurves;

/**
 * The per-step learning rates rebuilt from the schedule definitions (the data set's SOURCE.md; upstream
 * {@code src/lr_schedules.py}) against the logged {@code lr} column of all 27 Multi-Power-Law curves: every logged
 * step within 1e-6 relative, for both warmup conventions (the logged rows all lie after warmup). Also the schedule
 * lengths and the warmup ramp, and the authors' example schedule.
 * Run: {@code mvn -B -o -pl reproductions/lr-annealing -am verify -Dtest='ScheduleRebuildTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class ScheduleRebuildTest {

    @Test
    void rebuiltSchedulesMatchEveryLoggedLearningRate() {
        DatasetStore store = DatasetStore.standard();
        int files = 0;
        for (int size : MultiPowerLawCurves.SIZES) {
            for (String schedule : MultiPowerLawCurves.SCHEDULES) {
                LossCurve curve = MultiPowerLawCurves.load(store, size, schedule);
                for (Warmup w : Warmup.values()) {
                    double d = LearningRates.maxRelativeDifference(LearningRates.multiPowerLaw(schedule, w), curve);
                    assertTrue(d <= 1e-6, curve.label() + " " + w + ": " + d);
                }
                files++;
            }
        }
        assertEquals(27, files);
    }

    @Test
    void scheduleLengthsAndWarmup() {
        assertEquals(24_000, LearningRates.multiPowerLaw("cosine_24000", Warmup.LINEAR).length);
        assertEquals(72_000, LearningRates.multiPowerLaw("constant_72000", Warmup.LINEAR).length);
        assertEquals(16_000, LearningRates.multiPowerLaw("wsdcon_3", Warmup.LINEAR).length);
        double[] linear = LearningRates.multiPowerLaw("wsd_20000_24000", Warmup.LINEAR);
        assertEquals(0.0, linear[0], 0.0);
        assertEquals(3e-4, linear[2159], 1e-18);
        assertEquals(3e-4 * 1000 / 2159, linear[1000], 1e-18);
        double[] peak = LearningRates.multiPowerLaw("wsd_20000_24000", Warmup.AT_PEAK);
        assertEquals(3e-4, peak[0], 0.0);
        assertEquals(3e-4, peak[19_999], 0.0);
        assertEquals(3e-4, peak[20_000], 1e-18);
        assertEquals(3e-5, LearningRates.multiPowerLaw("wsdcon_3", Warmup.AT_PEAK)[8000], 1e-18);
    }

    @Test
    void authorsExampleSchedule() {
        double[] cosine = LearningRates.tissueExample("cosine", Warmup.AT_PEAK);
        assertEquals(20_001, cosine.length);
        assertEquals(2e-4, cosine[0], 0.0);
        assertEquals(2e-4, cosine[500], 0.0);
        assertEquals(1e-4, cosine[500 + 9750], 1e-16);
        assertEquals(0.0, cosine[20_000], 1e-18);
        double[] constant = LearningRates.tissueExample("constant", Warmup.AT_PEAK);
        assertEquals(2e-4, constant[20_000], 0.0);
    }

    @Test
    void warmupStableDecayShapes() {
        int length = 24_000;
        int decay = 4800;
        for (LearningRates.DecayShape shape : LearningRates.DecayShape.values()) {
            double[] lr = LearningRates.warmupStableDecay(length, 2160, 3e-4, decay, shape, Warmup.AT_PEAK);
            assertEquals(3e-4, lr[length - decay - 1], 0.0, shape.name());
            assertEquals(3e-4, lr[length - decay], 1e-18, shape.name());
            assertTrue(lr[length - 1] < 3e-4 * 0.02, shape.name());
            for (int k = length - decay + 1; k < length; k++) {
                assertTrue(lr[k] < lr[k - 1], shape.name() + " decreases at " + k);
            }
        }
        assertEquals(0.5, LearningRates.DecayShape.ONE_MINUS_SQRT.factor(0.25), 1e-15);
        assertEquals(0.75, LearningRates.DecayShape.LINEAR.factor(0.25), 1e-15);
        assertEquals(0.5, LearningRates.DecayShape.COSINE.factor(0.5), 1e-15);
    }

    @Test
    void cosineCycleLongerThanTheRunStopsAboveItsFloor() {
        double[] exact = LearningRates.cosine(24_000, 2160, 3e-4, 0, 1.0, Warmup.AT_PEAK);
        double[] longer = LearningRates.cosine(24_000, 2160, 3e-4, 0, 2.0, Warmup.AT_PEAK);
        double[] shorter = LearningRates.cosine(24_000, 2160, 3e-4, 0, 0.5, Warmup.AT_PEAK);
        assertTrue(exact[23_999] < 1e-11);
        assertTrue(longer[23_999] > 1e-4);
        assertTrue(shorter[23_999] > 1e-4, "a short cycle climbs again after its minimum");
    }
}

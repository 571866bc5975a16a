package org.scalingsuite.reproductions.overtraining;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.compare.ComparisonDataset;
import org.scalingsuite.core.compare.ComparisonDatasets;
import org.scalingsuite.core.compare.HoldOut;
import org.scalingsuite.core.compare.RunSet;
import org.scalingsuite.datasets.store.DatasetStore;
import org.scalingsuite.reproductions.overtraining.data.ModelShape;
import org.scalingsuite.reproductions.overtraining.data.Testbed;
import org.scalingsuite.reproductions.overtraining.data.TrainingSet;

/**
 * The over-training comparison data sets: found through ServiceLoader, one per training set, each with every
 * released run of that set (RedPajama 35, C4 34, RefinedWeb 35) and the split "fit the 0.011B-0.411B shapes,
 * hold out the 1.4B and 6.9B runs" (32 / 3, 31 / 3, 32 / 3), which holds out the paper's two targets.
 * Data: the testbed's models/*.json via {@link Testbed#load}. Method: {@link OvertrainingComparisonDatasets}.
 * Run: {@code mvn -B -o -pl reproductions/overtraining -am verify -Dtest='OvertrainingComparisonDatasetsTest' -Dsurefire.failIfNoSpecifiedTests=false}
 */
class OvertrainingComparisonDatasetsTest {

    private static final Map<String, int[]> SPLITS = Map.of("overtraining-rpj", new int[] {32, 3},
            "overtraining-c4", new int[] {31, 3}, "overtraining-rw", new int[] {32, 3});

    @Test
    void serviceLoaderFindsOnePerTrainingSet() {
        List<String> ids = ComparisonDatasets.all().stream().map(ComparisonDataset::id).toList();
        assertTrue(ids.containsAll(SPLITS.keySet()), ids.toString());
        assertEquals(List.of("overtraining-rpj", "overtraining-c4", "overtraining-rw"),
                new OvertrainingComparisonDatasets().datasets().stream().map(ComparisonDataset::id).toList());
    }

    @Test
    void eachLoadsEveryRunWithTheLargeShapesHeldOut() {
        DatasetStore store = DatasetStore.standard();
        Testbed testbed = Testbed.load(store);
        double small = testbed.run(TrainingSet.RED_PAJAMA, ModelShape.D1024_L24_H8, 20).parameters();
        double large = testbed.run(TrainingSet.RED_PAJAMA, ModelShape.OPEN_LM_1B, 20).parameters();
        assertTrue(small < OvertrainingComparisonDatasets.HOLD_OUT_FROM && large > OvertrainingComparisonDatasets.HOLD_OUT_FROM);
        for (ComparisonDataset d : new OvertrainingComparisonDatasets().datasets()) {
            RunSet runs = d.load(store);
            HoldOut.Split split = d.holdOut().split(runs.runs());
            assertEquals(SPLITS.get(d.id())[0], split.train().size(), d.id());
            assertEquals(SPLITS.get(d.id())[1], split.test().size(), d.id());
            assertEquals(6, runs.modelSizes().length, d.id());
            assertEquals(1, runs.notes().size(), d.id());
            assertTrue(d.title().contains("C4-eval loss"), d.title());
        }
    }

    @Test
    void valuesAreTheTestbedsFinalC4EvalLosses() {
        DatasetStore store = DatasetStore.standard();
        Testbed testbed = Testbed.load(store);
        for (TrainingSet set : TrainingSet.values()) {
            RunSet runs = OvertrainingComparisonDatasets.runSet(store, set);
            var expected = testbed.runs(set);
            assertEquals(expected.size(), runs.runs().size(), set.label());
            assertArrayEquals(expected.stream().mapToDouble(r -> (double) r.parameters()).toArray(),
                    runs.runs().column(0), set.label());
            assertArrayEquals(expected.stream().mapToDouble(r -> (double) r.tokens()).toArray(),
                    runs.runs().column(1), set.label());
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).c4Loss(), runs.runs().response(i), set.label());
            }
        }
        // The held-out runs of RedPajama include the paper's two targets: 1.4B at M = 640 and 6.9B at M = 20.
        HoldOut.Split rpj = HoldOut.atOrAbove(OvertrainingComparisonDatasets.HOLD_OUT_FROM)
                .split(OvertrainingComparisonDatasets.runSet(store, TrainingSet.RED_PAJAMA).runs());
        List<Double> heldOutTokens = java.util.Arrays.stream(rpj.test().column(1)).boxed().toList();
        assertTrue(heldOutTokens.contains((double) testbed.run(TrainingSet.RED_PAJAMA, ModelShape.OPEN_LM_1B, 640).tokens()));
        assertTrue(heldOutTokens.contains((double) testbed.run(TrainingSet.RED_PAJAMA, ModelShape.OPEN_LM_7B, 20).tokens()));
    }
}

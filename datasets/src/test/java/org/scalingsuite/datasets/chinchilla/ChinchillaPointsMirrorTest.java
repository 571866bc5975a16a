package org.scalingsuite.datasets.chinchilla;

// Checks ChinchillaPoints on the mirror's copy of Epoch AI's svg_extracted_data.csv (read through the
// store): 245 runs with their lines, Epoch's rule dropping the five highest losses (240 kept, the fifth
// largest being the threshold and itself dropped), the observations (N, D = C/6N; loss) and tokens().
// Skipped when the mirror is absent.

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.scalingsuite.core.data.Observations;

class ChinchillaPointsMirrorTest {

    private static final double[] DROPPED_LOSSES = {5.005582, 4.665232, 3.765563, 3.793872, 3.446995};

    @TempDir
    Path cache;

    private List<ChinchillaRun> runs;

    @BeforeEach
    void load() {
        runs = ChinchillaPoints.load(ChinchillaMirror.store(cache));
    }

    @Test
    void has245RunsOnLines2To246() {
        assertEquals(245, runs.size());
        for (int i = 0; i < runs.size(); i++) {
            assertEquals(i + 2L, runs.get(i).line());
        }
        for (ChinchillaRun r : runs) {
            assertTrue(r.modelSize() > 0 && r.flops() > 0 && r.loss() > 0, r.toString());
        }
        ChinchillaRun first = runs.get(0);
        assertEquals(6795600349.289497, first.modelSize());
        assertEquals(9.993852799709755e18, first.flops());
        assertEquals(5.005581996196243, first.loss());
    }

    @Test
    void dropsTheFiveHighestLosses() {
        List<ChinchillaRun> kept = ChinchillaPoints.dropHighestLosses(runs, 5);
        assertEquals(240, kept.size());
        List<ChinchillaRun> dropped = new ArrayList<>(runs);
        dropped.removeAll(kept);
        assertEquals(5, dropped.size());
        double[] droppedLosses = dropped.stream().mapToDouble(ChinchillaRun::loss).sorted().toArray();
        double[] expected = java.util.Arrays.stream(DROPPED_LOSSES).sorted().toArray();
        assertArrayEquals(expected, droppedLosses, 5e-7);

        double threshold = 3.446995;
        assertTrue(dropped.stream().anyMatch(r -> Math.abs(r.loss() - threshold) < 5e-7),
                "the fifth-largest loss is itself dropped");
        assertTrue(kept.stream().allMatch(r -> r.loss() < threshold - 5e-7), "every kept loss is below it");
        double maxKept = kept.stream().mapToDouble(ChinchillaRun::loss).max().orElseThrow();
        assertEquals(runs.stream().map(ChinchillaRun::loss).sorted(Comparator.reverseOrder()).toList().get(5),
                maxKept);
        assertEquals(runs.stream().filter(kept::contains).toList(), kept, "file order is kept");
    }

    @Test
    void dropZeroKeepsEverything() {
        assertEquals(runs, ChinchillaPoints.dropHighestLosses(runs, 0));
    }

    @Test
    void tokensAreComputeOverSixN() {
        for (ChinchillaRun r : runs) {
            assertEquals(r.flops() / (6.0 * r.modelSize()), r.tokens(), 0.0);
        }
        ChinchillaRun first = runs.get(0);
        assertEquals(9.993852799709755e18 / (6 * 6795600349.289497), first.tokens(), 1e-6 * first.tokens());
        assertEquals(2.451e8, first.tokens(), 0.001e8);
    }

    @Test
    void observationsHoldNAndDAndLoss() {
        List<ChinchillaRun> kept = ChinchillaPoints.dropHighestLosses(runs, 5);
        Observations obs = ChinchillaPoints.observations(kept);
        assertEquals(240, obs.size());
        assertEquals(List.of("N", "D"), obs.inputNames());
        assertEquals("loss", obs.responseName());
        assertTrue(!obs.weighted());
        for (int i = 0; i < kept.size(); i++) {
            ChinchillaRun r = kept.get(i);
            assertEquals(r.modelSize(), obs.input(0, i));
            assertEquals(r.flops() / (6.0 * r.modelSize()), obs.input(1, i));
            assertEquals(r.loss(), obs.response(i));
        }
        assertArrayEquals(kept.stream().mapToDouble(ChinchillaRun::tokens).toArray(), obs.column("D"));
    }

    @Test
    void modelSizesAndComputeOrder() {
        double[] sizes = ChinchillaPoints.modelSizes(runs);
        for (int i = 1; i < sizes.length; i++) {
            assertTrue(sizes[i] > sizes[i - 1]);
        }
        assertEquals(runs.stream().mapToDouble(ChinchillaRun::modelSize).distinct().count(), sizes.length);
        List<ChinchillaRun> byCompute = ChinchillaPoints.byCompute(runs);
        assertEquals(runs.size(), byCompute.size());
        for (int i = 1; i < byCompute.size(); i++) {
            assertTrue(byCompute.get(i).flops() >= byCompute.get(i - 1).flops());
        }
    }
}

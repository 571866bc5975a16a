package org.scalingsuite.datasets.chinchilla;

// Checks Epoch's outlier rule ChinchillaPoints.dropHighestLosses on small synthetic run lists: the
// count-th largest loss is the threshold and is dropped, ties at the threshold drop more runs, and
// impossible counts are refused.

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.stream.DoubleStream;
import org.junit.jupiter.api.Test;

class ChinchillaOutlierRuleTest {

    private static List<ChinchillaRun> runs(double... losses) {
        long[] line = {1};
        return DoubleStream.of(losses).mapToObj(l -> new ChinchillaRun(++line[0], 1e8, 1e18, l)).toList();
    }

    private static List<Double> losses(List<ChinchillaRun> runs) {
        return runs.stream().map(ChinchillaRun::loss).toList();
    }

    @Test
    void dropsTheCountLargest() {
        assertEquals(List.of(3.0, 1.0, 2.0), losses(ChinchillaPoints.dropHighestLosses(runs(3, 5, 1, 4, 2), 2)));
    }

    @Test
    void tiesAtTheThresholdDropMore() {
        assertEquals(List.of(1.0, 2.0), losses(ChinchillaPoints.dropHighestLosses(runs(3, 5, 1, 3, 2), 2)));
    }

    @Test
    void dropAll() {
        assertEquals(List.of(), ChinchillaPoints.dropHighestLosses(runs(3, 5, 1), 3));
    }

    @Test
    void countLargerThanTheListIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> ChinchillaPoints.dropHighestLosses(runs(3, 5), 3));
    }
}

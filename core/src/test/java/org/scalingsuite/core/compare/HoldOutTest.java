package org.scalingsuite.core.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The split by model size: runs at or above the threshold are held out, in file order; none() fits all. */
class HoldOutTest {

    @Test
    void holdsOutTheRunsAtOrAboveTheThreshold() {
        HoldOut.Split s = HoldOut.atOrAbove(1e9).split(SyntheticRuns.runs(0).runs());
        assertEquals(20, s.train().size());
        assertEquals(10, s.test().size());
        for (int i = 0; i < s.test().size(); i++) {
            assertTrue(s.test().input(0, i) >= 1e9);
        }
        for (int i = 0; i < s.train().size(); i++) {
            assertTrue(s.train().input(0, i) < 1e9);
        }
        assertEquals(1e9, s.test().input(0, 0), "file order is kept");
    }

    @Test
    void noneFitsEveryRun() {
        HoldOut.Split s = HoldOut.none().split(SyntheticRuns.runs(0).runs());
        assertEquals(30, s.train().size());
        assertEquals(0, s.test().size());
        assertTrue(HoldOut.none().isNone());
        assertEquals("fit every run, hold out none", HoldOut.none().describe());
    }

    @Test
    void rejectsNonPositiveThresholds() {
        assertThrows(IllegalArgumentException.class, () -> HoldOut.atOrAbove(0));
        assertThrows(IllegalArgumentException.class, () -> HoldOut.atOrAbove(Double.NaN));
    }
}

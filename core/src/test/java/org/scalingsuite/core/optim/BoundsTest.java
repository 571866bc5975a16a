package org.scalingsuite.core.optim;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/*
 * Checks the Bounds record that L-BFGS-B and the fitters share: projection onto the box (the clamp), membership,
 * the active set (variables exactly on a finite bound), the factories, defensive copies, and rejection of
 * inconsistent bounds (lower > upper, NaN, different lengths).
 */
class BoundsTest {

    private static final double INF = Double.POSITIVE_INFINITY;

    @Test
    void projectionClampsEachCoordinate() {
        Bounds b = new Bounds(new double[] {0, -INF, -1, 2}, new double[] {INF, 1, 1, 2});
        assertArrayEquals(new double[] {0, 1, -1, 2}, b.project(new double[] {-3, 5, -7, 0}), 0.0);
        assertArrayEquals(new double[] {4, -9, 0.5, 2}, b.project(new double[] {4, -9, 0.5, 3}), 0.0);
        assertTrue(b.contains(new double[] {0, 1, 1, 2}));
        assertFalse(b.contains(new double[] {0, 1, 1, 2.0000001}));
        assertFalse(b.contains(new double[] {Double.NaN, 0, 0, 2}));
        assertArrayEquals(new int[] {0, 1, 2, 3}, b.activeAt(new double[] {0, 1, -1, 2}));
        assertArrayEquals(new int[] {3}, b.activeAt(new double[] {0.1, 0.9, 0, 2}));
        assertFalse(b.isUnbounded());
        assertTrue(b.hasLower(0) && !b.hasUpper(0) && !b.hasLower(1) && b.hasUpper(1));
    }

    @Test
    void factories() {
        Bounds free = Bounds.unbounded(3);
        assertTrue(free.isUnbounded());
        assertEquals(3, free.dimension());
        assertArrayEquals(new int[0], free.activeAt(new double[] {1e300, -1e300, 0}));
        Bounds atLeast = Bounds.atLeast(0, 1);
        assertArrayEquals(new double[] {0, 1}, atLeast.lower(), 0.0);
        assertArrayEquals(new double[] {INF, INF}, atLeast.upper(), 0.0);
        assertEquals(new Bounds(new double[] {0, 1}, new double[] {INF, INF}), atLeast);
    }

    @Test
    void arraysAreCopied() {
        double[] lo = {0, 0};
        Bounds b = new Bounds(lo, new double[] {1, 1});
        lo[0] = 5;
        b.lower()[1] = 5;
        assertArrayEquals(new double[] {0, 0}, b.lower(), 0.0);
    }

    @Test
    void inconsistentBoundsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> new Bounds(new double[] {1}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(new double[] {Double.NaN}, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> new Bounds(new double[] {0, 0}, new double[] {1}));
    }
}

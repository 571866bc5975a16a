package org.scalingsuite.core.fit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;

/*
 * Checks StartGrid and Hoffmann et al.'s initialisation grid (2022, App. D.2; chinchilla-peers.md section 2.4):
 * alpha, beta in {0, 0.5, ..., 2}, e in {-1, -0.5, ..., 1}, a, b in {0, 5, ..., 25}: 5 x 5 x 5 x 6 x 6 = 4,500
 * starts. The (Mis)Fitting code builds these ranges half-open (numpy arange), which drops every end point and
 * gives 4 x 4 x 4 x 5 x 5 = 1,600 starts: StartGrid.range must include its end. Also checks the iteration order
 * (the first name in order() varies slowest, like itertools.product), start(i) values, and errors.
 */
class StartGridTest {

    @Test
    void hoffmannGridHasExactly4500Starts() {
        StartGrid grid = ChinchillaStarts.hoffmannGrid();
        assertEquals(4500, grid.size());
        assertEquals(ChinchillaLogSumExpLaw.PARAMETERS, grid.parameterNames());
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2}, grid.values("alpha"), 0.0);
        assertArrayEquals(new double[] {0, 0.5, 1, 1.5, 2}, grid.values("beta"), 0.0);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, grid.values("e"), 0.0);
        assertArrayEquals(new double[] {0, 5, 10, 15, 20, 25}, grid.values("a"), 0.0);
        assertArrayEquals(new double[] {0, 5, 10, 15, 20, 25}, grid.values("b"), 0.0);
    }

    @Test
    void rangeIncludesItsEnd() {
        assertArrayEquals(new double[] {0, 5, 10, 15, 20, 25}, StartGrid.range(0, 25, 5), 0.0);
        assertArrayEquals(new double[] {-1, -0.5, 0, 0.5, 1}, StartGrid.range(-1, 1, 0.5), 0.0);
        assertArrayEquals(new double[] {3}, StartGrid.range(3, 3, 1), 0.0, "a one-point range");
        // Decimal steps are exact: 0.1 * 3 is 0.30000000000000004 in binary arithmetic, but the grid value is 0.3.
        double[] tenths = StartGrid.range(0, 1, 0.1);
        assertEquals(11, tenths.length);
        assertEquals(0.3, tenths[3], 0.0);
        assertEquals(0.7, tenths[7], 0.0);
        assertEquals(1.0, tenths[10], 0.0);
        // (0.3 - 0) / 0.1 is 2.9999999999999996 in binary arithmetic: the end is still included.
        assertArrayEquals(new double[] {0, 0.1, 0.2, 0.3}, StartGrid.range(0, 0.3, 0.1), 0.0);
    }

    @Test
    void rangeNeverGoesBeyondItsEnd() {
        // A step that does not divide the span stops at the last value not above the end.
        assertArrayEquals(new double[] {0, 0.3, 0.6, 0.9}, StartGrid.range(0, 1, 0.3), 0.0);
        assertArrayEquals(new double[] {0, 0.4, 0.8}, StartGrid.range(0, 1, 0.4), 0.0);
        assertArrayEquals(new double[] {0, 0.35, 0.7}, StartGrid.range(0, 1, 0.35), 0.0);
        assertArrayEquals(new double[] {1, 4, 7}, StartGrid.range(1, 9, 3), 0.0);
    }

    @Test
    void firstNameInOrderVariesSlowest() {
        StartGrid grid = ChinchillaStarts.hoffmannGrid();
        assertEquals(List.of("alpha", "beta", "e", "a", "b"), grid.order());
        // start(i) is in parameter order (a, b, e, alpha, beta); b varies fastest, alpha slowest.
        assertArrayEquals(new double[] {0, 0, -1, 0, 0}, grid.start(0), 0.0);
        assertArrayEquals(new double[] {0, 5, -1, 0, 0}, grid.start(1), 0.0);
        assertArrayEquals(new double[] {0, 25, -1, 0, 0}, grid.start(5), 0.0);
        assertArrayEquals(new double[] {5, 0, -1, 0, 0}, grid.start(6), 0.0);
        assertArrayEquals(new double[] {0, 0, -0.5, 0, 0}, grid.start(36), 0.0);
        assertArrayEquals(new double[] {0, 0, -1, 0, 0.5}, grid.start(180), 0.0);
        assertArrayEquals(new double[] {0, 0, -1, 0.5, 0}, grid.start(900), 0.0);
        assertArrayEquals(new double[] {25, 25, 1, 2, 2}, grid.start(4499), 0.0);
        // index = (((alpha * 5 + beta) * 5 + e) * 6 + a) * 6 + b with 0-based value indices.
        int index = (((3 * 5 + 1) * 5 + 2) * 6 + 4) * 6 + 5;
        assertArrayEquals(new double[] {20, 25, 0, 1.5, 0.5}, grid.start(index), 0.0);
    }

    @Test
    void everyCombinationAppearsOnceInLexicographicOrder() {
        StartGrid grid = ChinchillaStarts.hoffmannGrid();
        Set<List<Double>> seen = new HashSet<>();
        double[] previousKey = null;
        for (int i = 0; i < grid.size(); i++) {
            double[] s = grid.start(i);
            assertTrue(seen.add(List.of(s[0], s[1], s[2], s[3], s[4])), "duplicate start " + i);
            double[] key = {s[3], s[4], s[2], s[0], s[1]};
            if (previousKey != null) {
                assertTrue(compare(previousKey, key) < 0, "starts " + (i - 1) + " and " + i + " out of order");
            }
            previousKey = key;
        }
        assertEquals(4500, seen.size());
    }

    @Test
    void defaultOrderIsParameterOrderAndSingleGridHasOneStart() {
        StartGrid grid = StartGrid.builder().values("x", 1, 2).values("y", 10, 20, 30).build(List.of("x", "y"));
        assertEquals(List.of("x", "y"), grid.order());
        assertEquals(6, grid.size());
        assertArrayEquals(new double[] {1, 20}, grid.start(1), 0.0, "y (last) varies fastest");
        assertArrayEquals(new double[] {2, 10}, grid.start(3), 0.0);

        StartGrid single = StartGrid.single(List.of("p", "q"), 0.5, -2);
        assertEquals(1, single.size());
        assertArrayEquals(new double[] {0.5, -2}, single.start(0), 0.0);
    }

    @Test
    void badInputIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> StartGrid.range(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> StartGrid.range(0, 1, -0.5));
        assertThrows(IllegalArgumentException.class, () -> StartGrid.range(0, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> StartGrid.range(2, 1, 0.5));
        assertThrows(IllegalArgumentException.class, () -> StartGrid.builder().values("x"));
        assertThrows(IllegalArgumentException.class,
                () -> StartGrid.builder().values("x", 1).build(List.of("x", "y")), "missing values for y");
        assertThrows(IllegalArgumentException.class,
                () -> StartGrid.builder().values("x", 1).values("z", 2).build(List.of("x", "y")), "unknown z");
        assertThrows(IllegalArgumentException.class,
                () -> StartGrid.builder().values("x", 1).values("y", 2).order("x").build(List.of("x", "y")));
        assertThrows(IllegalArgumentException.class,
                () -> StartGrid.builder().values("x", 1).values("y", 2).order("x", "x").build(List.of("x", "y")));
        assertThrows(IllegalArgumentException.class,
                () -> StartGrid.builder().values("x", 1).values("y", 2).order("x", "w").build(List.of("x", "y")));
        StartGrid grid = ChinchillaStarts.hoffmannGrid();
        assertThrows(IndexOutOfBoundsException.class, () -> grid.start(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> grid.start(4500));
    }

    private static int compare(double[] a, double[] b) {
        for (int i = 0; i < a.length; i++) {
            int c = Double.compare(a[i], b[i]);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}

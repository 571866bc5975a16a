package org.scalingsuite.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * Checks Observations, the immutable table every fit reads: rows and columns by index and name, weights
 * (default 1), select() with repeats (bootstrap resampling) carrying weights along, filter(), defensive copies,
 * and rejection of non-finite values, negative weights and ragged columns, each message naming the column.
 */
class ObservationsTest {

    private static Observations sample() {
        return Observations.of(List.of("N", "D"), new double[][] {{1, 2, 3}, {10, 20, 30}}, "loss",
                new double[] {5, 6, 7});
    }

    @Test
    void accessors() {
        Observations o = sample();
        assertEquals(3, o.size());
        assertEquals(2, o.inputCount());
        assertEquals(List.of("N", "D"), o.inputNames());
        assertEquals("loss", o.responseName());
        assertArrayEquals(new double[] {2, 20}, o.row(1), 0.0);
        assertArrayEquals(new double[] {10, 20, 30}, o.column("D"), 0.0);
        assertEquals(30, o.input(1, 2), 0.0);
        assertEquals(6, o.response(1), 0.0);
        assertFalse(o.weighted());
        assertEquals(1.0, o.weight(2), 0.0);
        assertEquals(3, o.distinctValues(0));
        assertThrows(IllegalArgumentException.class, () -> o.column("C"));
    }

    @Test
    void selectRepeatsRowsAndCarriesWeights() {
        Observations o = sample().withWeights(new double[] {0.5, 1, 2});
        Observations s = o.select(new int[] {2, 0, 2});
        assertArrayEquals(new double[] {3, 1, 3}, s.column(0), 0.0);
        assertArrayEquals(new double[] {7, 5, 7}, s.response(), 0.0);
        assertTrue(s.weighted());
        assertEquals(2.0, s.weight(0), 0.0);
        assertEquals(0.5, s.weight(1), 0.0);
        Observations f = o.filter((data, i) -> data.response(i) > 5);
        assertArrayEquals(new double[] {6, 7}, f.response(), 0.0);
        assertEquals(1.0, f.weight(0), 0.0);
    }

    @Test
    void inputsAreCopied() {
        double[] n = {1, 2};
        double[] y = {3, 4};
        Observations o = Observations.of(List.of("N"), new double[][] {n}, "y", y);
        n[0] = 99;
        y[0] = 99;
        o.response()[1] = 99;
        o.column(0)[1] = 99;
        assertArrayEquals(new double[] {1, 2}, o.column(0), 0.0);
        assertArrayEquals(new double[] {3, 4}, o.response(), 0.0);
    }

    @Test
    void invalidValuesAreRejectedWithTheColumnName() {
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class, () -> Observations.of(
                List.of("N"), new double[][] {{1, Double.NaN}}, "y", new double[] {1, 2}));
        assertTrue(nan.getMessage().contains("'N'") && nan.getMessage().contains("row 1"), nan.getMessage());
        IllegalArgumentException inf = assertThrows(IllegalArgumentException.class, () -> Observations.of(
                List.of("N"), new double[][] {{1, 2}}, "y", new double[] {1, Double.POSITIVE_INFINITY}));
        assertTrue(inf.getMessage().contains("'y'"), inf.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Observations.of(List.of("N"), new double[][] {{1}}, "y", new double[] {1, 2}));
        assertThrows(IllegalArgumentException.class,
                () -> Observations.of(List.of("N", "D"), new double[][] {{1}}, "y", new double[] {1}));
        assertThrows(IllegalArgumentException.class, () -> sample().withWeights(new double[] {1, -1, 1}));
        assertThrows(IllegalArgumentException.class, () -> sample().withWeights(new double[] {1, 1}));
    }
}

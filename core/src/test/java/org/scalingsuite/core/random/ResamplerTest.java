package org.scalingsuite.core.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/*
 * Checks the bootstrap Resamplers: Resampler.seeded is deterministic in its seed, draws n indices in [0, n) per
 * resample, and draws all resamples from one stream in order (the first k of a longer draw are the draw of k);
 * Resampler.numpyLegacy(42) reproduces np.random.seed(42); np.random.choice(7, size=7, replace=True), which
 * numpy 2.4.6 gives as [6, 3, 4, 6, 2, 4, 4] (choice draws randint(0, n) per index), and its indices are in
 * [0, n).
 */
class ResamplerTest {

    @Test
    void seededIsDeterministicAndDependsOnTheSeed() {
        int[][] a = Resampler.seeded(17).draw(50, 4);
        int[][] b = Resampler.seeded(17).draw(50, 4);
        int[][] c = Resampler.seeded(18).draw(50, 4);
        assertTrue(Arrays.deepEquals(a, b));
        assertFalse(Arrays.deepEquals(a, c));
    }

    @Test
    void seededDrawsIndicesInRangeFromOneStream() {
        int[][] draws = Resampler.seeded(3).draw(240, 20);
        assertEquals(20, draws.length);
        for (int[] d : draws) {
            assertEquals(240, d.length);
            for (int i : d) {
                assertTrue(i >= 0 && i < 240);
            }
        }
        int[][] first = Resampler.seeded(3).draw(240, 5);
        for (int r = 0; r < 5; r++) {
            assertArrayEquals(first[r], draws[r], "resample " + r + " does not depend on how many follow");
        }
        // With replacement: 240 draws from 240 rows repeat some row (all-distinct has probability 240!/240^240).
        assertTrue(Arrays.stream(draws[0]).distinct().count() < 240);
    }

    @Test
    void numpyLegacyMatchesNumpyChoice() {
        assertArrayEquals(new int[] {6, 3, 4, 6, 2, 4, 4}, Resampler.numpyLegacy(42).draw(7, 1)[0]);
    }

    @Test
    void numpyLegacyDrawsInRange() {
        for (int n : new int[] {1, 2, 5, 240, 245}) {
            for (int[] d : Resampler.numpyLegacy(42).draw(n, 30)) {
                assertEquals(n, d.length);
                for (int i : d) {
                    assertTrue(i >= 0 && i < n, () -> i + " outside [0, " + n + ")");
                }
            }
        }
        // The stream continues across resamples: resample 1 is the 8th-14th draws, not a repeat of resample 0.
        int[][] two = Resampler.numpyLegacy(42).draw(7, 2);
        NumpyLegacyRandom rng = new NumpyLegacyRandom(42);
        for (int i = 0; i < 7; i++) {
            rng.boundedInt(7);
        }
        for (int i = 0; i < 7; i++) {
            assertEquals(rng.boundedInt(7), two[1][i]);
        }
    }
}

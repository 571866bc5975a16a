package org.scalingsuite.core.random;

import java.util.SplittableRandom;

/**
 * A seeded source of bootstrap resamples: row indices drawn with replacement. All resamples are drawn up
 * front, in order, from one stream, so the resamples do not depend on how the fits are later scheduled.
 */
@FunctionalInterface
public interface Resampler {

    /** @return {@code count} resamples, each {@code n} indices in [0, n) drawn with replacement. */
    int[][] draw(int n, int count);

    /** @return resamples from {@link SplittableRandom} with the given seed (the suite's default stream). */
    static Resampler seeded(long seed) {
        return (n, count) -> {
            SplittableRandom random = new SplittableRandom(seed);
            int[][] out = new int[count][n];
            for (int r = 0; r < count; r++) {
                for (int i = 0; i < n; i++) {
                    out[r][i] = random.nextInt(n);
                }
            }
            return out;
        };
    }

    /**
     * @return the resamples of {@code np.random.seed(seed)} followed by {@code count} calls of
     *         {@code np.random.choice(n, size=n, replace=True)} (numpy's legacy MT19937 stream), which is how
     *         Besiroglu et al. (2024) drew their bootstrap with seed 42
     */
    static Resampler numpyLegacy(long seed) {
        return (n, count) -> {
            NumpyLegacyRandom random = new NumpyLegacyRandom(seed);
            int[][] out = new int[count][n];
            for (int r = 0; r < count; r++) {
                for (int i = 0; i < n; i++) {
                    out[r][i] = random.boundedInt(n);
                }
            }
            return out;
        };
    }
}

package org.scalingsuite.core.fit;

import java.util.List;
import org.scalingsuite.core.law.ChinchillaLogSumExpLaw;

/**
 * Starting grids for the Chinchilla law in its log-sum-exp parameterisation (a, b, e, alpha, beta).
 */
public final class ChinchillaStarts {

    private ChinchillaStarts() {
    }

    /**
     * @return Hoffmann et al.'s initialisation grid (2022, Appendix D.2): alpha, beta in {0, 0.5, ..., 2};
     *         e in {-1, -0.5, ..., 1}; a, b in {0, 5, ..., 25}; 5 x 5 x 5 x 6 x 6 = 4,500 starts, iterated
     *         with alpha slowest and b fastest, as Besiroglu et al. (2024) do. The ranges include their end
     *         points; a half-open {@code arange} would give only 1,600 starts.
     */
    public static StartGrid hoffmannGrid() {
        return StartGrid.builder()
                .values("alpha", StartGrid.range(0, 2, 0.5))
                .values("beta", StartGrid.range(0, 2, 0.5))
                .values("e", StartGrid.range(-1, 1, 0.5))
                .values("a", StartGrid.range(0, 25, 5))
                .values("b", StartGrid.range(0, 25, 5))
                .order("alpha", "beta", "e", "a", "b")
                .build(ChinchillaLogSumExpLaw.PARAMETERS);
    }
}

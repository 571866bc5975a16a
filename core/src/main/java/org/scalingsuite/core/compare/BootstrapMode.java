package org.scalingsuite.core.compare;

/** How each bootstrap resample is refitted. */
public enum BootstrapMode {
    /**
     * One local fit per resample, started from the method's fit on the original runs
     * ({@link EstimationMethod#refit}), as Besiroglu et al. (2024) do. Fast, but it can miss optima that
     * only other starts reach.
     */
    WARM_START,
    /**
     * The method's complete procedure for every resample ({@link EstimationMethod#fit}): for the grid
     * methods, all 4,500 (or 900) starts again. Costs the grid fit's time per resample; a scipy
     * implementation would need about 15 hours for 4,000 resamples of Epoch's 240 runs.
     */
    FULL_GRID
}

package org.scalingsuite.reproductions.lrannealing;

import java.util.List;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.fit.MultiStartResult;

/**
 * A fit of {@link AnnealingLaw}: the best start of the grid and whether the data identify the annealing
 * coefficient C.
 *
 * <p>C multiplies S2, so it is determined only when some fitted row has {@code S2 != 0}. A constant-LR curve
 * (with warmup counted at the peak) has S2 = 0 everywhere: C then keeps whatever value the optimizer started from.
 * Such a fit reports C as NaN with a warning, never the start value.
 *
 * @param grid           the multi-start result (every start, the best one)
 * @param cIdentified    false when every fitted row has S2 = 0
 * @param parameters     L0, A, C, alpha of the best start; C is NaN when not identified
 * @param warnings       what a user must know (unidentified C, parameters on their bounds)
 */
public record AnnealingFit(MultiStartResult grid, boolean cIdentified, double[] parameters, List<String> warnings) {

    public AnnealingFit {
        parameters = parameters.clone();
        warnings = List.copyOf(warnings);
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** @return the selected start's raw result (C as the optimizer left it). */
    public FitResult best() {
        return grid.best();
    }

    /** @return the named fitted parameter (NaN for an unidentified C). */
    public double parameter(String name) {
        return parameters[AnnealingLaw.PARAMETERS.indexOf(name)];
    }

    /** @return true when the selected start converged. */
    public boolean converged() {
        return grid.best().converged();
    }

    /** @return the objective at the optimum. */
    public double objective() {
        return grid.best().objective();
    }
}

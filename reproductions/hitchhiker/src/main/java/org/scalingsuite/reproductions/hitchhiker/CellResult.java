package org.scalingsuite.reproductions.hitchhiker;

import java.util.List;

/**
 * The outcome of one {@link FitTask}: the fit and its absolute relative error on the target.
 *
 * @param experiment  the experiment
 * @param family      the family name
 * @param train       the training models
 * @param target      the predicted model
 * @param parameter   the fraction p (or keep-last fraction m)
 * @param trainPoints training checkpoints after the selection
 * @param testPoints  target checkpoints scored
 * @param are         ARE in percent, NaN when no fit was possible (no training points)
 * @param fitted      the fitted parameters ((a, b, e, alpha, beta), or (b, e, beta) for the one-model form);
 *                    empty when no fit was possible
 * @param converged   whether the fitter met its convergence test
 * @param detail      the fitter's stop, in words
 */
public record CellResult(Experiment experiment, String family, List<String> train, String target, double parameter,
        int trainPoints, int testPoints, double are, double[] fitted, boolean converged, String detail) {

    public CellResult {
        train = List.copyOf(train);
        fitted = fitted.clone();
    }

    @Override
    public double[] fitted() {
        return fitted.clone();
    }

    /** @return the number of training models, k. */
    public int k() {
        return train.size();
    }
}

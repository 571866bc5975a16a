package org.scalingsuite.core.objective;

import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.Evaluator;

/**
 * Shared state of a bound objective: the evaluator, the targets (y or log y), the weights and scratch
 * buffers for predictions and the Jacobian. The targets and weights are computed once per data set and
 * shared by every copy made with {@link #withFreshBuffers()}; only the scratch buffers are per copy.
 */
final class Residuals {

    final Evaluator evaluator;
    final Space space;
    final double[] target;
    final double[] weights;
    /** True when every weight is 1 (no weights given). */
    final boolean unweighted;
    final double[] predictions;
    final double[] jacobian;
    final double normalizer;
    final int n;
    final int k;

    Residuals(Evaluator evaluator, Observations data, Space space, Reduction reduction) {
        if (evaluator.size() != data.size()) {
            throw new IllegalArgumentException(
                    "evaluator has " + evaluator.size() + " rows but the data has " + data.size());
        }
        this.evaluator = evaluator;
        this.space = space;
        this.n = data.size();
        this.k = evaluator.dimension();
        this.target = new double[n];
        this.weights = new double[n];
        this.unweighted = !data.weighted();
        double totalWeight = 0;
        for (int i = 0; i < n; i++) {
            double y = data.response(i);
            if (space == Space.LOG && !(y > 0)) {
                throw new IllegalArgumentException(
                        "log-space residuals need a positive " + data.responseName() + ", row " + i + ": " + y);
            }
            target[i] = space == Space.LOG ? Math.log(y) : y;
            weights[i] = data.weight(i);
            totalWeight += weights[i];
        }
        this.normalizer = reduction == Reduction.MEAN ? 1 / totalWeight : 1;
        this.predictions = new double[n];
        this.jacobian = new double[n * k];
    }

    private Residuals(Residuals shared) {
        this.evaluator = shared.evaluator;
        this.space = shared.space;
        this.target = shared.target;
        this.weights = shared.weights;
        this.unweighted = shared.unweighted;
        this.normalizer = shared.normalizer;
        this.n = shared.n;
        this.k = shared.k;
        this.predictions = new double[n];
        this.jacobian = new double[n * k];
    }

    /** @return a copy sharing the targets and weights, with its own scratch buffers (for another thread). */
    Residuals withFreshBuffers() {
        return new Residuals(this);
    }

    /** Fills predictions (and the Jacobian when {@code withJacobian}) at p. */
    void evaluate(double[] p, boolean withJacobian) {
        double[] jac = withJacobian ? jacobian : null;
        if (space == Space.LOG) {
            evaluator.logPredict(p, predictions, jac);
        } else {
            evaluator.predict(p, predictions, jac);
        }
    }
}

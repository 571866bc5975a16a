package org.scalingsuite.core.law;

import org.scalingsuite.core.data.Observations;

/** The default {@link Evaluator}: calls the law row by row. */
final class PointwiseEvaluator implements Evaluator {

    private final Law law;
    private final double[][] rows;

    PointwiseEvaluator(Law law, Observations data) {
        law.requireInputs(data);
        this.law = law;
        this.rows = new double[data.size()][];
        for (int i = 0; i < rows.length; i++) {
            rows[i] = data.row(i);
        }
    }

    @Override
    public int size() {
        return rows.length;
    }

    @Override
    public int dimension() {
        return law.dimension();
    }

    @Override
    public void predict(double[] p, double[] values, double[] jacobian) {
        int k = law.dimension();
        double[] grad = jacobian == null ? null : new double[k];
        for (int i = 0; i < rows.length; i++) {
            values[i] = law.predict(rows[i], p);
            if (grad != null) {
                law.gradient(rows[i], p, grad);
                System.arraycopy(grad, 0, jacobian, i * k, k);
            }
        }
    }

    @Override
    public void logPredict(double[] p, double[] values, double[] jacobian) {
        int k = law.dimension();
        double[] grad = jacobian == null ? null : new double[k];
        for (int i = 0; i < rows.length; i++) {
            values[i] = law.logPredict(rows[i], p);
            if (grad != null) {
                law.logGradient(rows[i], p, grad);
                System.arraycopy(grad, 0, jacobian, i * k, k);
            }
        }
    }
}

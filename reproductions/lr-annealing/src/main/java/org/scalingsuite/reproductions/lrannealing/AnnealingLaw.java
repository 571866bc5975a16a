package org.scalingsuite.reproductions.lrannealing;

import java.util.List;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.Evaluator;
import org.scalingsuite.core.law.Law;

/**
 * Tissue et al.'s scaling law with learning-rate annealing,
 *
 * <pre>
 *   L(s) = L0 + A S1(s)^(-alpha) - C S2(s),
 * </pre>
 *
 * with inputs the forward area S1 and the annealing area S2 at step s ({@link AnnealingAreas}) and parameters
 * (L0, A, C, alpha), in the authors' order. Gradient: {@code dL/dL0 = 1}, {@code dL/dA = S1^-alpha},
 * {@code dL/dC = -S2}, {@code dL/dalpha = -A S1^-alpha ln S1}. A non-positive prediction has no logarithm:
 * {@link #logPredict} returns NaN there, which the line search of L-BFGS-B treats as a step too far.
 *
 * <p>Reference: H. Tissue, V. Wang, L. Wang, "Scaling Law with Learning Rate Annealing", arXiv:2408.11029, Eq. 1.
 */
public final class AnnealingLaw implements Law {

    public static final List<String> PARAMETERS = List.of("L0", "A", "C", "alpha");
    public static final List<String> INPUTS = List.of("S1", "S2");
    private static final AnnealingLaw INSTANCE = new AnnealingLaw();

    private AnnealingLaw() {
    }

    public static AnnealingLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "lr-annealing";
    }

    @Override
    public String formula() {
        return "L(s) = L0 + A*S1(s)^-alpha - C*S2(s)";
    }

    @Override
    public List<String> inputs() {
        return INPUTS;
    }

    @Override
    public List<String> parameters() {
        return PARAMETERS;
    }

    @Override
    public double predict(double[] x, double[] p) {
        return p[0] + p[1] * Math.pow(x[0], -p[3]) - p[2] * x[1];
    }

    /** @return the prediction for areas {@code s1}, {@code s2}. */
    public double predict(double s1, double s2, double[] p) {
        return predict(new double[] {s1, s2}, p);
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        double power = Math.pow(x[0], -p[3]);
        gradient[0] = 1;
        gradient[1] = power;
        gradient[2] = -x[1];
        gradient[3] = -p[1] * power * Math.log(x[0]);
    }

    @Override
    public double logPredict(double[] x, double[] p) {
        double value = predict(x, p);
        return value > 0 ? Math.log(value) : Double.NaN;
    }

    @Override
    public Evaluator bind(Observations data) {
        requireInputs(data);
        return new Bound(data);
    }

    /** Precomputes ln S1, so each row costs one exponential for {@code S1^-alpha = exp(-alpha ln S1)}. */
    private static final class Bound implements Evaluator {
        private final double[] logS1;
        private final double[] s2;

        Bound(Observations data) {
            double[] s1 = data.column(0);
            logS1 = new double[s1.length];
            for (int i = 0; i < s1.length; i++) {
                logS1[i] = Math.log(s1[i]);
            }
            s2 = data.column(1);
        }

        @Override
        public int size() {
            return logS1.length;
        }

        @Override
        public int dimension() {
            return 4;
        }

        @Override
        public void predict(double[] p, double[] values, double[] jacobian) {
            evaluate(p, values, jacobian, false);
        }

        @Override
        public void logPredict(double[] p, double[] values, double[] jacobian) {
            evaluate(p, values, jacobian, true);
        }

        private void evaluate(double[] p, double[] values, double[] jacobian, boolean log) {
            double l0 = p[0];
            double a = p[1];
            double c = p[2];
            double alpha = p[3];
            for (int i = 0; i < logS1.length; i++) {
                double power = Math.exp(-alpha * logS1[i]);
                double value = l0 + a * power - c * s2[i];
                double scale = 1;
                if (log) {
                    values[i] = value > 0 ? Math.log(value) : Double.NaN;
                    scale = 1 / value;
                } else {
                    values[i] = value;
                }
                if (jacobian != null) {
                    int row = 4 * i;
                    jacobian[row] = scale;
                    jacobian[row + 1] = power * scale;
                    jacobian[row + 2] = -s2[i] * scale;
                    jacobian[row + 3] = -a * power * logS1[i] * scale;
                }
            }
        }
    }
}

package org.scalingsuite.core.law;

import java.util.List;
import org.scalingsuite.core.data.Observations;

/**
 * The Chinchilla parametric loss in its direct form,
 *
 * <pre>
 *   L(N, D) = E + A / N^alpha + B / D^beta,
 * </pre>
 *
 * with N the parameter count and D the training tokens; parameters (E, A, B, alpha, beta).
 *
 * <p>Reference: J. Hoffmann et al., "Training Compute-Optimal Large Language Models", arXiv:2203.15556,
 * 2022, Eq. (2) and Approach 3.
 */
public final class ChinchillaLaw implements Law {

    public static final List<String> PARAMETERS = List.of("E", "A", "B", "alpha", "beta");
    public static final List<String> INPUTS = List.of("N", "D");
    private static final ChinchillaLaw INSTANCE = new ChinchillaLaw();

    private ChinchillaLaw() {
    }

    public static ChinchillaLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "chinchilla";
    }

    @Override
    public String formula() {
        return "L(N, D) = E + A/N^alpha + B/D^beta";
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
        return p[0] + p[1] * Math.pow(x[0], -p[3]) + p[2] * Math.pow(x[1], -p[4]);
    }

    @Override
    public void gradient(double[] x, double[] p, double[] gradient) {
        double nTerm = Math.pow(x[0], -p[3]);
        double dTerm = Math.pow(x[1], -p[4]);
        gradient[0] = 1;
        gradient[1] = nTerm;
        gradient[2] = dTerm;
        gradient[3] = -p[1] * nTerm * Math.log(x[0]);
        gradient[4] = -p[2] * dTerm * Math.log(x[1]);
    }

    @Override
    public Evaluator bind(Observations data) {
        requireInputs(data);
        return new Bound(data);
    }

    /** Precomputes log N and log D so each row costs two exponentials. */
    private static final class Bound implements Evaluator {
        private final double[] logN;
        private final double[] logD;

        Bound(Observations data) {
            logN = ChinchillaLogSumExpLaw.logs(data, 0);
            logD = ChinchillaLogSumExpLaw.logs(data, 1);
        }

        @Override
        public int size() {
            return logN.length;
        }

        @Override
        public int dimension() {
            return 5;
        }

        @Override
        public void predict(double[] p, double[] values, double[] jacobian) {
            double e = p[0];
            double a = p[1];
            double b = p[2];
            double alpha = p[3];
            double beta = p[4];
            for (int i = 0; i < logN.length; i++) {
                double nTerm = Math.exp(-alpha * logN[i]);
                double dTerm = Math.exp(-beta * logD[i]);
                values[i] = e + a * nTerm + b * dTerm;
                if (jacobian != null) {
                    int r = 5 * i;
                    jacobian[r] = 1;
                    jacobian[r + 1] = nTerm;
                    jacobian[r + 2] = dTerm;
                    jacobian[r + 3] = -a * nTerm * logN[i];
                    jacobian[r + 4] = -b * dTerm * logD[i];
                }
            }
        }

        @Override
        public void logPredict(double[] p, double[] values, double[] jacobian) {
            predict(p, values, jacobian);
            for (int i = 0; i < logN.length; i++) {
                double v = values[i];
                values[i] = Math.log(v);
                if (jacobian != null) {
                    for (int j = 5 * i; j < 5 * i + 5; j++) {
                        jacobian[j] /= v;
                    }
                }
            }
        }
    }
}

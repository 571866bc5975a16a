package org.scalingsuite.reproductions.hitchhiker;

import java.util.List;
import org.scalingsuite.reproductions.hitchhiker.data.Checkpoint;

/**
 * Raw-loss residuals of the Chinchilla form on a set of checkpoints, r_i = L_hat(N_i, D_i) - L_i, in the authors'
 * parameterisation:
 *
 * <pre>
 *   full form       L_hat = e^a N^-alpha + e^b D^-beta + e^e,                 p = (a, b, e, alpha, beta)
 *   one-model form  L_hat = e^a0 N^-alpha0 + e^b D^-beta + e^e (a0, alpha0 fixed), p = (b, e, beta)
 * </pre>
 *
 * with Jacobian columns e^a N^-alpha, e^b D^-beta, e^e, -ln N e^a N^-alpha and -ln D e^b D^-beta. The size term
 * takes one exponential per distinct model size, the data term one per row.
 */
final class ChinchillaResiduals implements ResidualModel {

    private final boolean oneModel;
    private final double[] logD;
    private final double[] loss;
    private final int[] sizeIndex;
    private final double[] logSizes;
    private final double[] sizeTerm;
    private final double fixedA;
    private final double fixedAlpha;

    private ChinchillaResiduals(List<Checkpoint> rows, boolean oneModel, double fixedA, double fixedAlpha) {
        this.oneModel = oneModel;
        this.fixedA = fixedA;
        this.fixedAlpha = fixedAlpha;
        int n = rows.size();
        logD = new double[n];
        loss = new double[n];
        sizeIndex = new int[n];
        double[] sizes = rows.stream().mapToDouble(Checkpoint::parameters).distinct().toArray();
        logSizes = new double[sizes.length];
        for (int s = 0; s < sizes.length; s++) {
            logSizes[s] = Math.log(sizes[s]);
        }
        sizeTerm = new double[sizes.length];
        for (int i = 0; i < n; i++) {
            Checkpoint c = rows.get(i);
            if (!(c.tokens() > 0) || !(c.parameters() > 0)) {
                throw new IllegalArgumentException("checkpoint at line " + c.line() + " has N = " + c.parameters()
                        + ", D = " + c.tokens() + "; both must be positive");
            }
            logD[i] = Math.log(c.tokens());
            loss[i] = c.loss();
            for (int s = 0; s < sizes.length; s++) {
                if (sizes[s] == c.parameters()) {
                    sizeIndex[i] = s;
                }
            }
        }
    }

    /** @return residuals of the five-parameter form. */
    static ChinchillaResiduals full(List<Checkpoint> rows) {
        return new ChinchillaResiduals(rows, false, Double.NaN, Double.NaN);
    }

    /** @return residuals of the one-model form with the size term's log scale and exponent fixed. */
    static ChinchillaResiduals oneModel(List<Checkpoint> rows, double a, double alpha) {
        return new ChinchillaResiduals(rows, true, a, alpha);
    }

    @Override
    public int size() {
        return loss.length;
    }

    @Override
    public int dimension() {
        return oneModel ? 3 : 5;
    }

    /** @return the predictions L_hat at {@code p}. */
    double[] predict(double[] p) {
        double[] r = new double[size()];
        evaluate(p, r, null);
        for (int i = 0; i < r.length; i++) {
            r[i] += loss[i];
        }
        return r;
    }

    @Override
    public double evaluate(double[] p, double[] residuals, double[] jacobian) {
        double a = oneModel ? fixedA : p[0];
        double alpha = oneModel ? fixedAlpha : p[3];
        double b = oneModel ? p[0] : p[1];
        double e = oneModel ? p[1] : p[2];
        double beta = oneModel ? p[2] : p[4];
        for (int s = 0; s < logSizes.length; s++) {
            sizeTerm[s] = Math.exp(a - alpha * logSizes[s]);
        }
        double floor = Math.exp(e);
        int n = loss.length;
        double ssr = 0;
        for (int i = 0; i < n; i++) {
            double size = sizeTerm[sizeIndex[i]];
            double data = Math.exp(b - beta * logD[i]);
            double r = size + data + floor - loss[i];
            residuals[i] = r;
            ssr += r * r;
            if (jacobian != null) {
                if (oneModel) {
                    jacobian[i] = data;
                    jacobian[n + i] = floor;
                    jacobian[2 * n + i] = -logD[i] * data;
                } else {
                    jacobian[i] = size;
                    jacobian[n + i] = data;
                    jacobian[2 * n + i] = floor;
                    jacobian[3 * n + i] = -logSizes[sizeIndex[i]] * size;
                    jacobian[4 * n + i] = -logD[i] * data;
                }
            }
        }
        return ssr;
    }
}

package org.scalingsuite.core.simd;

import java.util.Arrays;
import java.util.function.Supplier;
import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.VectorOperators;
import org.scalingsuite.core.optim.DifferentiableFunction;

/**
 * The summed Huber loss of log residuals under the log-sum-exp Chinchilla law and its gradient, four rows
 * per instruction:
 *
 * <pre>
 *   F(a, b, e, alpha, beta) = sum_i rho_delta(r_i),   r_i = log L_i - log S_i,
 *   S_i = x1_i + x2_i + E,   x1_i = e^(a - alpha log N_i),   x2_i = e^(b - beta log D_i),   E = e^e,
 *   grad F = -sum_i (psi_i / S_i) (x1_i, x2_i, E, -x1_i log N_i, -x2_i log D_i),
 * </pre>
 *
 * with {@code rho_delta(r) = psi (r - psi / 2)} and {@code psi = clamp(r, -delta, delta)}, the same algebra
 * as the exact kernel of {@link org.scalingsuite.core.law.ChinchillaLogSumExpLaw}. Six short passes over the
 * rows, each keeping its result in an array: x1, x2 ({@link VectorMath#expAffine}), S, log S
 * ({@link VectorMath#log}), the Huber terms with the weights psi / S, and the five gradient sums. Short
 * loops leave the CPU several rows' worth of independent work at a time, which one long loop of dependent
 * exp, log and division steps does not. Every sum is kept as four lane sums, added in a fixed order at the
 * end, so the result does not depend on the machine. The rows are padded to a multiple of four with copies
 * of the first row whose Huber terms are multiplied by zero.
 *
 * <p>Range: {@code a - alpha log N} and {@code b - beta log D} are linear in the logs, so their extremes over
 * the rows are at the smallest and largest log N and log D. When those extremes and e lie in [-708, 708],
 * every exponential is in the SIMD exp's domain and S is a positive normal number below the largest double;
 * otherwise (far from any fit's path, e.g. a line search's trial step of 1e10) the exact kernel answers.
 *
 * <p>Holds scratch buffers: one instance per thread; the rows ({@link Rows}) are shared.
 */
final class ChinchillaLogHuberKernel implements DifferentiableFunction {

    private static final int LANES = VectorMath.LANES;
    private static final DoubleVector HALF = VectorMath.constant(0.5);

    /**
     * The rows laid out for the vectors, shared by every function of one objective: log N, log D and the
     * targets padded to a multiple of four, 1 for a data row and 0 for padding, and the extremes of log N and
     * log D for the range check.
     */
    static final class Rows {
        private final double[] logN;
        private final double[] logD;
        private final double[] target;
        private final double[] live;
        private final int padded;
        private final double minLogN;
        private final double maxLogN;
        private final double minLogD;
        private final double maxLogD;
        private final double delta;

        Rows(double[] logN, double[] logD, double[] target, double delta) {
            int n = logN.length;
            if (logD.length != n || target.length != n) {
                throw new IllegalArgumentException("row counts differ: " + n + " log N, " + logD.length + " log D, "
                        + target.length + " targets");
            }
            if (n == 0) {
                throw new IllegalArgumentException("no rows");
            }
            if (!(delta > 0) || !Double.isFinite(delta)) {
                throw new IllegalArgumentException("Huber delta must be positive and finite: " + delta);
            }
            double lowN = Double.POSITIVE_INFINITY;
            double highN = Double.NEGATIVE_INFINITY;
            double lowD = Double.POSITIVE_INFINITY;
            double highD = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < n; i++) {
                if (!Double.isFinite(logN[i]) || !Double.isFinite(logD[i]) || !Double.isFinite(target[i])) {
                    throw new IllegalArgumentException("row " + i + " is not finite: log N " + logN[i] + ", log D "
                            + logD[i] + ", target " + target[i]);
                }
                lowN = Math.min(lowN, logN[i]);
                highN = Math.max(highN, logN[i]);
                lowD = Math.min(lowD, logD[i]);
                highD = Math.max(highD, logD[i]);
            }
            this.padded = (n + LANES - 1) / LANES * LANES;
            this.logN = pad(logN, padded);
            this.logD = pad(logD, padded);
            this.target = pad(target, padded);
            this.live = new double[padded];
            Arrays.fill(live, 0, n, 1);
            this.minLogN = lowN;
            this.maxLogN = highN;
            this.minLogD = lowD;
            this.maxLogD = highD;
            this.delta = delta;
        }

        /** @return the values followed by copies of the first up to {@code length} */
        private static double[] pad(double[] values, int length) {
            double[] out = Arrays.copyOf(values, length);
            Arrays.fill(out, values.length, length, values[0]);
            return out;
        }
    }

    private final Rows rows;
    private final double[] logN;
    private final double[] logD;
    private final double[] target;
    private final double[] live;
    private final int padded;
    private final Supplier<DifferentiableFunction> exactSource;
    private DifferentiableFunction exact;
    private final double[] x1s;
    private final double[] x2s;
    private final double[] sums;
    private final double[] logSums;
    private final double[] weights;
    private final double[] laneSums = new double[6 * LANES];

    ChinchillaLogHuberKernel(Rows rows, Supplier<DifferentiableFunction> exact) {
        this.rows = rows;
        this.logN = rows.logN;
        this.logD = rows.logD;
        this.target = rows.target;
        this.live = rows.live;
        this.padded = rows.padded;
        this.exactSource = exact;
        this.x1s = new double[padded];
        this.x2s = new double[padded];
        this.sums = new double[padded];
        this.logSums = new double[padded];
        this.weights = new double[padded];
    }

    @Override
    public int dimension() {
        return 5;
    }

    @Override
    public double valueAndGradient(double[] p, double[] gradient) {
        if (!inRange(p)) {
            if (exact == null) {
                exact = exactSource.get();
            }
            return exact.valueAndGradient(p, gradient);
        }
        double expE = Math.exp(p[2]);
        VectorMath.expAffine(logN, p[0], -p[3], x1s, padded);
        VectorMath.expAffine(logD, p[1], -p[4], x2s, padded);
        sums(expE);
        VectorMath.log(sums, logSums, padded);
        double loss = huberWeights();
        gradient(expE, gradient);
        return loss;
    }

    /** @return whether every exponent of every row, and e, lies in [-708, 708] (false for NaN). */
    boolean inRange(double[] p) {
        Rows r = rows;
        return within(p[0] - p[3] * r.minLogN) && within(p[0] - p[3] * r.maxLogN)
                && within(p[1] - p[4] * r.minLogD) && within(p[1] - p[4] * r.maxLogD) && within(p[2]);
    }

    private static boolean within(double exponent) {
        return exponent >= -VectorMath.EXP_LIMIT && exponent <= VectorMath.EXP_LIMIT;
    }

    /** S = x1 + x2 + E. */
    private void sums(double expE) {
        DoubleVector ev = VectorMath.constant(expE);
        for (int i = 0; i < padded; i += LANES) {
            DoubleVector.fromArray(VectorMath.SPECIES, x1s, i).add(DoubleVector.fromArray(VectorMath.SPECIES, x2s, i))
                    .add(ev).intoArray(sums, i);
        }
    }

    /** The residuals r = log L - log S and their Huber terms; stores the weights psi / S. Returns the loss. */
    private double huberWeights() {
        DoubleVector upper = VectorMath.constant(rows.delta);
        DoubleVector lower = VectorMath.constant(-rows.delta);
        DoubleVector total = VectorMath.constant(0);
        for (int i = 0; i < padded; i += LANES) {
            DoubleVector r = DoubleVector.fromArray(VectorMath.SPECIES, target, i)
                    .sub(DoubleVector.fromArray(VectorMath.SPECIES, logSums, i));
            DoubleVector clamped = r.blend(upper, r.compare(VectorOperators.GT, upper))
                    .blend(lower, r.compare(VectorOperators.LT, lower));
            DoubleVector psi = clamped.mul(DoubleVector.fromArray(VectorMath.SPECIES, live, i));
            total = psi.fma(r.sub(psi.mul(HALF)), total);
            psi.div(DoubleVector.fromArray(VectorMath.SPECIES, sums, i)).intoArray(weights, i);
        }
        total.intoArray(laneSums, 0);
        return laneSum(laneSums, 0);
    }

    /** The five gradient sums. */
    private void gradient(double expE, double[] gradient) {
        DoubleVector gA = VectorMath.constant(0);
        DoubleVector gB = gA;
        DoubleVector gE = gA;
        DoubleVector gAlpha = gA;
        DoubleVector gBeta = gA;
        for (int i = 0; i < padded; i += LANES) {
            DoubleVector weight = DoubleVector.fromArray(VectorMath.SPECIES, weights, i);
            DoubleVector w1 = weight.mul(DoubleVector.fromArray(VectorMath.SPECIES, x1s, i));
            DoubleVector w2 = weight.mul(DoubleVector.fromArray(VectorMath.SPECIES, x2s, i));
            gA = gA.sub(w1);
            gB = gB.sub(w2);
            gE = gE.sub(weight);
            gAlpha = w1.fma(DoubleVector.fromArray(VectorMath.SPECIES, logN, i), gAlpha);
            gBeta = w2.fma(DoubleVector.fromArray(VectorMath.SPECIES, logD, i), gBeta);
        }
        double[] lanes = laneSums;
        gA.intoArray(lanes, LANES);
        gB.intoArray(lanes, 2 * LANES);
        gE.intoArray(lanes, 3 * LANES);
        gAlpha.intoArray(lanes, 4 * LANES);
        gBeta.intoArray(lanes, 5 * LANES);
        gradient[0] = laneSum(lanes, 1);
        gradient[1] = laneSum(lanes, 2);
        gradient[2] = laneSum(lanes, 3) * expE;
        gradient[3] = laneSum(lanes, 4);
        gradient[4] = laneSum(lanes, 5);
    }

    /** @return the four lanes of sum {@code k}, added pairwise in a fixed order. */
    private static double laneSum(double[] lanes, int k) {
        int o = k * LANES;
        return (lanes[o] + lanes[o + 1]) + (lanes[o + 2] + lanes[o + 3]);
    }
}

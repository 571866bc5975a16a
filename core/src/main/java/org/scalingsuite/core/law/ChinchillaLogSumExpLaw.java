package org.scalingsuite.core.law;

import java.util.List;
import java.util.function.Supplier;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.objective.Kernel;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.simd.Simd;

/**
 * The Chinchilla loss in the log-sum-exp parameterisation used by Hoffmann et al. (Approach 3) and by
 * Epoch AI's replication:
 *
 * <pre>
 *   log L(N, D) = LSE(a - alpha log N, b - beta log D, e),   LSE(u, v, w) = log(e^u + e^v + e^w),
 * </pre>
 *
 * i.e. L = E + A/N^alpha + B/D^beta with A = e^a, B = e^b, E = e^e; parameters (a, b, e, alpha, beta).
 * Working with logs keeps A, B, E positive and the scales of the parameters comparable.
 *
 * <p>The gradient of log L is the softmax of the three terms: with
 * {@code w_k = exp(t_k - LSE)}, {@code d log L / d(a, b, e, alpha, beta) = (w_1, w_2, w_3, -w_1 log N, -w_2 log D)}.
 *
 * <p>References: Hoffmann et al. 2022, arXiv:2203.15556, Appendix D.2; T. Besiroglu, E. Erdil, M. Barnett,
 * J. You, "Chinchilla Scaling: A replication attempt", arXiv:2404.10102, 2024.
 */
public final class ChinchillaLogSumExpLaw implements LogFormLaw {

    public static final List<String> PARAMETERS = List.of("a", "b", "e", "alpha", "beta");
    private static final ChinchillaLogSumExpLaw INSTANCE = new ChinchillaLogSumExpLaw();

    private ChinchillaLogSumExpLaw() {
    }

    public static ChinchillaLogSumExpLaw instance() {
        return INSTANCE;
    }

    @Override
    public String name() {
        return "chinchilla-lse";
    }

    @Override
    public String formula() {
        return "log L(N, D) = LSE(a - alpha log N, b - beta log D, e)";
    }

    @Override
    public List<String> inputs() {
        return ChinchillaLaw.INPUTS;
    }

    @Override
    public List<String> parameters() {
        return PARAMETERS;
    }

    /** @return (E, A, B, alpha, beta) for log-sum-exp parameters (a, b, e, alpha, beta). */
    public static double[] toDirect(double[] p) {
        return new double[] {Math.exp(p[2]), Math.exp(p[0]), Math.exp(p[1]), p[3], p[4]};
    }

    /** @return (a, b, e, alpha, beta) for direct parameters (E, A, B, alpha, beta). */
    public static double[] fromDirect(double[] direct) {
        return new double[] {Math.log(direct[1]), Math.log(direct[2]), Math.log(direct[0]), direct[3], direct[4]};
    }

    @Override
    public double logPredict(double[] x, double[] p) {
        return logSumExp(p[0] - p[3] * Math.log(x[0]), p[1] - p[4] * Math.log(x[1]), p[2]);
    }

    @Override
    public void logGradient(double[] x, double[] p, double[] gradient) {
        double lnN = Math.log(x[0]);
        double lnD = Math.log(x[1]);
        double t1 = p[0] - p[3] * lnN;
        double t2 = p[1] - p[4] * lnD;
        double lse = logSumExp(t1, t2, p[2]);
        double w1 = Math.exp(t1 - lse);
        double w2 = Math.exp(t2 - lse);
        double w3 = Math.exp(p[2] - lse);
        gradient[0] = w1;
        gradient[1] = w2;
        gradient[2] = w3;
        gradient[3] = -w1 * lnN;
        gradient[4] = -w2 * lnD;
    }

    /** @return log(e^u + e^v + e^w), computed without overflow. */
    public static double logSumExp(double u, double v, double w) {
        double m = Math.max(u, Math.max(v, w));
        if (m == Double.NEGATIVE_INFINITY || m == Double.POSITIVE_INFINITY) {
            return m;
        }
        return m + Math.log(Math.exp(u - m) + Math.exp(v - m) + Math.exp(w - m));
    }

    @Override
    public Evaluator bind(Observations data) {
        requireInputs(data);
        return new Bound(logs(data, 0), logs(data, 1));
    }

    /** @return the natural logs of input column {@code j}, rejecting non-positive values. */
    static double[] logs(Observations data, int j) {
        double[] logs = new double[data.size()];
        for (int i = 0; i < logs.length; i++) {
            double v = data.input(j, i);
            if (!(v > 0)) {
                throw new IllegalArgumentException(
                        "input '" + data.inputNames().get(j) + "' must be positive, row " + i + ": " + v);
            }
            logs[i] = Math.log(v);
        }
        return logs;
    }

    /**
     * The batch kernel. Each row needs two exponentials and one logarithm: e^e is shared, and the
     * max-shift of the log-sum-exp is applied only to rows whose plain sum over- or underflows. It also
     * offers the fused Huber loss ({@link FusedLogHuber}), where {@code A / N^alpha} is computed once per
     * distinct model size.
     */
    private static final class Bound implements Evaluator, FusedLogHuber {
        private final double[] logN;
        private final double[] logD;
        /** The distinct values of log N, and for each row the index of its log N among them. */
        private final double[] distinctLogN;
        private final int[] logNIndex;
        /**
         * The distinct rows (log N, log D), e.g. of a bootstrap resample: for each the index of its log N
         * in {@link #distinctLogN} and its log D; and for each row the index of its pair.
         */
        private final int[] pairLogNIndex;
        private final double[] pairLogD;
        private final int[] pairIndex;

        Bound(double[] logN, double[] logD) {
            this.logN = logN;
            this.logD = logD;
            int n = logN.length;
            long[] nBits = new long[n];
            long[] dBits = new long[n];
            for (int i = 0; i < n; i++) {
                nBits[i] = Double.doubleToRawLongBits(logN[i]);
                dBits[i] = Double.doubleToRawLongBits(logD[i]);
            }
            this.logNIndex = new int[n];
            int distinctN = numberDistinct(nBits, new long[n], logNIndex);
            this.pairIndex = new int[n];
            int pairs = numberDistinct(nBits, dBits, pairIndex);
            this.distinctLogN = new double[distinctN];
            this.pairLogNIndex = new int[pairs];
            this.pairLogD = new double[pairs];
            for (int i = 0; i < n; i++) {
                distinctLogN[logNIndex[i]] = logN[i];
                pairLogNIndex[pairIndex[i]] = logNIndex[i];
                pairLogD[pairIndex[i]] = logD[i];
            }
        }

        /**
         * Numbers the distinct keys (first[i], second[i]) in order of first appearance, by open addressing.
         *
         * @param numbers receives the number of each row's key
         * @return the number of distinct keys
         */
        private static int numberDistinct(long[] first, long[] second, int[] numbers) {
            int n = first.length;
            int capacity = Integer.highestOneBit(Math.max(4 * n, 4) - 1) << 1;
            int mask = capacity - 1;
            int[] slots = new int[capacity];
            int count = 0;
            for (int i = 0; i < n; i++) {
                long h = (first[i] * 0x9E3779B97F4A7C15L + second[i]) * 0xC2B2AE3D27D4EB4FL;
                int slot = (int) (h >>> 40) & mask;
                while (true) {
                    int held = slots[slot];
                    if (held == 0) {
                        slots[slot] = i + 1;
                        numbers[i] = count++;
                        break;
                    }
                    if (first[held - 1] == first[i] && second[held - 1] == second[i]) {
                        numbers[i] = numbers[held - 1];
                        break;
                    }
                    slot = (slot + 1) & mask;
                }
            }
            return count;
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
            logPredict(p, values, jacobian);
            for (int i = 0; i < logN.length; i++) {
                double v = Math.exp(values[i]);
                values[i] = v;
                if (jacobian != null) {
                    for (int j = 5 * i; j < 5 * i + 5; j++) {
                        jacobian[j] *= v;
                    }
                }
            }
        }

        @Override
        public void logPredict(double[] p, double[] values, double[] jacobian) {
            final double a = p[0];
            final double b = p[1];
            final double e = p[2];
            final double alpha = p[3];
            final double beta = p[4];
            final double expE = Math.exp(e);
            final double[] lnN = logN;
            final double[] lnD = logD;
            for (int i = 0; i < lnN.length; i++) {
                double t1 = a - alpha * lnN[i];
                double t2 = b - beta * lnD[i];
                double x1 = Math.exp(t1);
                double x2 = Math.exp(t2);
                double x3 = expE;
                double sum = x1 + x2 + x3;
                double lse;
                if (sum > Double.MIN_NORMAL && sum < Double.POSITIVE_INFINITY) {
                    lse = Math.log(sum);
                } else {
                    double m = Math.max(t1, Math.max(t2, e));
                    x1 = Math.exp(t1 - m);
                    x2 = Math.exp(t2 - m);
                    x3 = Math.exp(e - m);
                    sum = x1 + x2 + x3;
                    lse = m + Math.log(sum);
                }
                values[i] = lse;
                if (jacobian != null) {
                    double inv = 1 / sum;
                    double w1 = x1 * inv;
                    double w2 = x2 * inv;
                    int r = 5 * i;
                    jacobian[r] = w1;
                    jacobian[r + 1] = w2;
                    jacobian[r + 2] = x3 * inv;
                    jacobian[r + 3] = -w1 * lnN[i];
                    jacobian[r + 4] = -w2 * lnD[i];
                }
            }
        }

        @Override
        public Supplier<DifferentiableFunction> logHuber(double[] target, double delta, Kernel kernel) {
            if (target.length != logN.length) {
                throw new IllegalArgumentException(
                        target.length + " targets for an evaluator of " + logN.length + " rows");
            }
            if (!(delta > 0) || !Double.isFinite(delta)) {
                throw new IllegalArgumentException("Huber delta must be positive and finite: " + delta);
            }
            Supplier<DifferentiableFunction> exact = () -> new LogHuber(this, target, delta);
            return kernel == Kernel.SIMD ? Simd.chinchillaLogHuber(logN, logD, target, delta, exact) : exact;
        }
    }

    /**
     * The Huber loss of log residuals fused with the log-sum-exp kernel: per row the same operations, in the
     * same order, as {@link Bound#logPredict} followed by the general Huber loop, without storing the
     * predictions and the Jacobian. Three passes compute the transcendentals, each once for all rows that
     * share its argument: e^(a - alpha log N) per distinct N, e^(b - beta log D) and log S per distinct
     * (N, D) (a bootstrap resample repeats about a third of its rows); a last pass, free of calls and of
     * data-dependent branches, forms the residuals, the Huber terms and the gradient row by row, in row
     * order. The results are the general path's bits (FusedHuberKernelTest): L-BFGS-B's iteration counts
     * react to last-bit changes of the objective, so the kernel avoids any reassociation.
     */
    private static final class LogHuber implements DifferentiableFunction {
        private final double[] logN;
        private final double[] logD;
        private final double[] distinctLogN;
        private final int[] logNIndex;
        private final int[] pairLogNIndex;
        private final double[] pairLogD;
        private final int[] pairIndex;
        private final double[] target;
        private final double delta;
        /** Scratch: e^(a - alpha log N) per distinct log N; e^(b - beta log D), S and log S per distinct row. */
        private final double[] termN;
        private final double[] termD;
        private final double[] sum;
        private final double[] logSum;

        LogHuber(Bound bound, double[] target, double delta) {
            this.logN = bound.logN;
            this.logD = bound.logD;
            this.distinctLogN = bound.distinctLogN;
            this.logNIndex = bound.logNIndex;
            this.pairLogNIndex = bound.pairLogNIndex;
            this.pairLogD = bound.pairLogD;
            this.pairIndex = bound.pairIndex;
            this.target = target;
            this.delta = delta;
            this.termN = new double[distinctLogN.length];
            this.termD = new double[pairLogD.length];
            this.sum = new double[pairLogD.length];
            this.logSum = new double[pairLogD.length];
        }

        @Override
        public int dimension() {
            return 5;
        }

        @Override
        public double valueAndGradient(double[] p, double[] gradient) {
            final double a = p[0];
            final double b = p[1];
            final double e = p[2];
            final double alpha = p[3];
            final double beta = p[4];
            final double expE = Math.exp(e);
            final double[] lnN = logN;
            final double[] lnD = logD;
            final int n = lnN.length;
            // The exponentials and logarithms first, in loops that keep few values alive across the calls.
            final double[] x1s = termN;
            final double[] distinct = distinctLogN;
            for (int u = 0; u < distinct.length; u++) {
                x1s[u] = Math.exp(a - alpha * distinct[u]);
            }
            final double[] x2s = termD;
            final double[] pairD = pairLogD;
            final int pairs = pairD.length;
            for (int q = 0; q < pairs; q++) {
                x2s[q] = Math.exp(b - beta * pairD[q]);
            }
            final int[] pairN = pairLogNIndex;
            final double[] sums = sum;
            final double[] lses = logSum;
            for (int q = 0; q < pairs; q++) {
                double s = x1s[pairN[q]] + x2s[q] + expE;
                sums[q] = s;
                if (s > Double.MIN_NORMAL && s < Double.POSITIVE_INFINITY) {
                    lses[q] = Math.log(s);
                }
            }
            final int[] index = logNIndex;
            final int[] pair = pairIndex;
            final long dBits = Double.doubleToRawLongBits(delta);
            final double[] t = target;
            double total = 0;
            double g0 = 0;
            double g1 = 0;
            double g2 = 0;
            double g3 = 0;
            double g4 = 0;
            for (int i = 0; i < n; i++) {
                int q = pair[i];
                double x1 = x1s[index[i]];
                double x2 = x2s[q];
                double x3 = expE;
                double s = sums[q];
                double lse;
                if (s > Double.MIN_NORMAL && s < Double.POSITIVE_INFINITY) {
                    lse = lses[q];
                } else {
                    double t1 = a - alpha * lnN[i];
                    double t2 = b - beta * lnD[i];
                    double m = Math.max(t1, Math.max(t2, e));
                    x1 = Math.exp(t1 - m);
                    x2 = Math.exp(t2 - m);
                    x3 = Math.exp(e - m);
                    s = x1 + x2 + x3;
                    lse = m + Math.log(s);
                }
                double r = t[i] - lse;
                double psi = clamp(r, dBits);
                // Bit for bit r^2 / 2 inside the quadratic zone and delta (|r| - delta / 2) outside it.
                total += psi * (r - 0.5 * psi);
                double coef = -psi;
                double inv = 1 / s;
                double w1 = x1 * inv;
                double w2 = x2 * inv;
                g0 += coef * w1;
                g1 += coef * w2;
                g2 += coef * (x3 * inv);
                g3 += coef * (-w1 * lnN[i]);
                g4 += coef * (-w2 * lnD[i]);
            }
            gradient[0] = g0;
            gradient[1] = g1;
            gradient[2] = g2;
            gradient[3] = g3;
            gradient[4] = g4;
            return total;
        }

        /**
         * @return psi_delta(r): r when |r| &lt;= delta, otherwise delta with the sign of r, as the general
         *         Huber loop computes it, selected on the bits without a branch (the zone of a row changes
         *         from one evaluation to the next, so a branch would often be mispredicted). Non-negative
         *         doubles order like their bit patterns; a NaN r falls outside the zone.
         */
        private static double clamp(double r, long deltaBits) {
            long rBits = Double.doubleToRawLongBits(r);
            long absBits = rBits & Long.MAX_VALUE;
            long inside = ~((deltaBits - absBits) >> 63);
            long outside = (rBits & Long.MIN_VALUE) | deltaBits;
            return Double.longBitsToDouble((rBits & inside) | (outside & ~inside));
        }
    }
}

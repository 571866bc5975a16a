package org.scalingsuite.reproductions.flp;

import java.util.Arrays;
import java.util.Random;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.optim.OptimizationResult;
import org.scalingsuite.core.optim.lbfgsb.LbfgsbOptimizer;

/**
 * Trains a {@link TwoLayerNetwork} (FLP-M's stage 2) by minimising
 * {@code (1/n) sum_i (P(x_i) - y_i)^2 + l2 (|W|^2 + |v|^2)} (biases not penalised) with L-BFGS from several
 * seeded random starts, keeping the lowest objective. Inputs are standardised by their training means and
 * standard deviations. Start {@code r} draws {@code W ~ N(0, 2/inputs)} and {@code v ~ N(0, 1/hidden)} from
 * {@code java.util.Random(seed + r)} (a generator whose sequence the Java specification fixes), with
 * {@code b1 = 0} and {@code b2 = mean(y)}; the whole fit is therefore deterministic.
 *
 * <p>Defaults: 8 hidden units, l2 = 1e-4, 5 starts, seed 20241010, at most 500 L-BFGS iterations per start.
 * Immutable; configure with the {@code with...} copies.
 */
public final class NetworkTrainer {

    public static final int DEFAULT_HIDDEN = 8;
    public static final double DEFAULT_L2 = 1e-4;
    public static final int DEFAULT_STARTS = 5;
    public static final long DEFAULT_SEED = 20241010L;
    public static final int DEFAULT_MAX_ITERATIONS = 500;

    private final int hidden;
    private final double l2;
    private final int starts;
    private final long seed;
    private final int maxIterations;

    private NetworkTrainer(int hidden, double l2, int starts, long seed, int maxIterations) {
        if (hidden < 1 || starts < 1 || maxIterations < 1 || !(l2 >= 0)) {
            throw new IllegalArgumentException("invalid trainer configuration");
        }
        this.hidden = hidden;
        this.l2 = l2;
        this.starts = starts;
        this.seed = seed;
        this.maxIterations = maxIterations;
    }

    public static NetworkTrainer withDefaults() {
        return new NetworkTrainer(DEFAULT_HIDDEN, DEFAULT_L2, DEFAULT_STARTS, DEFAULT_SEED, DEFAULT_MAX_ITERATIONS);
    }

    public NetworkTrainer withHidden(int units) {
        return new NetworkTrainer(units, l2, starts, seed, maxIterations);
    }

    public NetworkTrainer withL2(double penalty) {
        return new NetworkTrainer(hidden, penalty, starts, seed, maxIterations);
    }

    public NetworkTrainer withStarts(int count) {
        return new NetworkTrainer(hidden, l2, count, seed, maxIterations);
    }

    public NetworkTrainer withSeed(long value) {
        return new NetworkTrainer(hidden, l2, starts, value, maxIterations);
    }

    public NetworkTrainer withMaxIterations(int limit) {
        return new NetworkTrainer(hidden, l2, starts, seed, limit);
    }

    public int hidden() {
        return hidden;
    }

    public double l2() {
        return l2;
    }

    public int starts() {
        return starts;
    }

    public long seed() {
        return seed;
    }

    /**
     * The trained network with its training statistics.
     *
     * @param network      the best network over the starts
     * @param objective    its penalised objective
     * @param trainingMse  its mean squared error on the training data
     * @param bestStart    which start (0-based) won
     * @param converged    whether the winning start stopped on a convergence test
     * @param detail       the optimizer's account of the winning start's stop
     * @param evaluations  objective evaluations over all starts
     */
    public record Result(TwoLayerNetwork network, double objective, double trainingMse, int bestStart,
            boolean converged, String detail, int evaluations) {
    }

    /**
     * @param x rows of raw inputs (n x inputs)
     * @param y targets (n)
     */
    public Result fit(double[][] x, double[] y) {
        int n = y.length;
        if (n < 2 || x.length != n) {
            throw new IllegalArgumentException("need at least two rows and one target per row");
        }
        int inputs = x[0].length;
        double[] means = new double[inputs];
        double[] sds = new double[inputs];
        for (int k = 0; k < inputs; k++) {
            double m = 0;
            for (double[] row : x) {
                m += row[k];
            }
            m /= n;
            double s = 0;
            for (double[] row : x) {
                s += (row[k] - m) * (row[k] - m);
            }
            means[k] = m;
            sds[k] = Math.sqrt(s / n);
            if (!(sds[k] > 0)) {
                throw new IllegalArgumentException("input " + k + " is constant");
            }
        }
        double[][] z = new double[n][inputs];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < inputs; k++) {
                z[i][k] = (x[i][k] - means[k]) / sds[k];
            }
        }
        double meanY = 0;
        for (double v : y) {
            meanY += v;
        }
        meanY /= n;
        Objective objective = new Objective(z, y, inputs, hidden, l2);
        LbfgsbOptimizer optimizer = LbfgsbOptimizer.withDefaults().withMaxIterations(maxIterations)
                .withMaxEvaluations(4 * maxIterations);
        OptimizationResult best = null;
        int bestStart = -1;
        int evaluations = 0;
        for (int r = 0; r < starts; r++) {
            Random random = new Random(seed + r);
            double[] start = new double[TwoLayerNetwork.size(inputs, hidden)];
            int b1 = hidden * inputs;
            int v = b1 + hidden;
            for (int i = 0; i < b1; i++) {
                start[i] = random.nextGaussian() * Math.sqrt(2.0 / inputs);
            }
            for (int j = 0; j < hidden; j++) {
                start[v + j] = random.nextGaussian() * Math.sqrt(1.0 / hidden);
            }
            start[v + hidden] = meanY;
            OptimizationResult result = optimizer.minimize(objective, start);
            evaluations += result.evaluations();
            if (best == null || result.value() < best.value()) {
                best = result;
                bestStart = r;
            }
        }
        TwoLayerNetwork network = new TwoLayerNetwork(inputs, hidden, best.point(), means, sds);
        double mse = 0;
        for (int i = 0; i < n; i++) {
            double e = TwoLayerNetwork.forward(best.point(), z[i], inputs, hidden) - y[i];
            mse += e * e;
        }
        return new Result(network, best.value(), mse / n, bestStart, best.converged(), best.detail(), evaluations);
    }

    /** Penalised mean squared error with its analytic gradient (back-propagation through the ReLU). */
    private static final class Objective implements DifferentiableFunction {
        private final double[][] z;
        private final double[] y;
        private final int inputs;
        private final int hidden;
        private final double l2;
        private final double[] activation;

        Objective(double[][] z, double[] y, int inputs, int hidden, double l2) {
            this.z = z;
            this.y = y;
            this.inputs = inputs;
            this.hidden = hidden;
            this.l2 = l2;
            this.activation = new double[hidden];
        }

        @Override
        public int dimension() {
            return TwoLayerNetwork.size(inputs, hidden);
        }

        @Override
        public double valueAndGradient(double[] p, double[] g) {
            Arrays.fill(g, 0);
            int b1 = hidden * inputs;
            int v = b1 + hidden;
            int b2 = v + hidden;
            int n = y.length;
            double sse = 0;
            for (int i = 0; i < n; i++) {
                double[] zi = z[i];
                double out = p[b2];
                for (int j = 0; j < hidden; j++) {
                    double a = p[b1 + j];
                    for (int k = 0; k < inputs; k++) {
                        a += p[j * inputs + k] * zi[k];
                    }
                    activation[j] = a;
                    if (a > 0) {
                        out += p[v + j] * a;
                    }
                }
                double e = out - y[i];
                sse += e * e;
                double d = 2 * e / n;
                g[b2] += d;
                for (int j = 0; j < hidden; j++) {
                    double a = activation[j];
                    if (a > 0) {
                        g[v + j] += d * a;
                        double back = d * p[v + j];
                        g[b1 + j] += back;
                        for (int k = 0; k < inputs; k++) {
                            g[j * inputs + k] += back * zi[k];
                        }
                    }
                }
            }
            double penalty = 0;
            for (int i = 0; i < b1; i++) {
                penalty += p[i] * p[i];
                g[i] += 2 * l2 * p[i];
            }
            for (int j = 0; j < hidden; j++) {
                penalty += p[v + j] * p[v + j];
                g[v + j] += 2 * l2 * p[v + j];
            }
            return sse / n + l2 * penalty;
        }
    }
}

package org.scalingsuite.core.compare;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.scalingsuite.core.data.Observations;
import org.scalingsuite.core.law.ChinchillaLaw;
import org.scalingsuite.core.optim.Termination;

/**
 * Variable projection for {@code L = E + A/N^alpha + B/D^beta} with least squares on the raw loss. For fixed
 * exponents the model is linear in (E, A, B), so the sum of squares can be minimised over them exactly, under
 * E, A, B >= 0, by non-negative least squares ({@link ThreeColumnNnls}); what remains is a 2-D search over
 * (alpha, beta) of the profiled sum of squares
 *
 * <pre>
 *   S(alpha, beta) = min_{E, A, B >= 0} sum_i (L_i - E - A N_i^-alpha - B D_i^-beta)^2.
 * </pre>
 *
 * The search is a grid over (alpha, beta) followed by Nelder-Mead from the best grid point; bootstrap refits
 * run Nelder-Mead from the original fit's exponents. The columns are computed as {@code (N/N_g)^-alpha}
 * with {@code N_g} the geometric mean of N (likewise for D), which keeps the 3-column problem well
 * conditioned; A and B are converted back afterwards.
 *
 * <p>The profiled problem has condition number of order 10 where the 5-D problem has about 1e11
 * (Open-Athena's scaling-law-analysis, "VPNLS"). References: G. H. Golub, V. Pereyra, "The differentiation of
 * pseudo-inverses and nonlinear least squares problems whose variables separate", SIAM J. Numer. Anal. 10,
 * 1973; J. A. Nelder, R. Mead, Computer Journal 7, 1965.
 */
public final class VariableProjectionMethod implements EstimationMethod {

    private final double[] exponentGrid;
    private final int maxEvaluations;
    private final double relativeTolerance;

    private VariableProjectionMethod(double[] exponentGrid, int maxEvaluations, double relativeTolerance) {
        if (exponentGrid.length == 0) {
            throw new IllegalArgumentException("the exponent grid is empty");
        }
        for (double v : exponentGrid) {
            if (!(v > 0) || !Double.isFinite(v)) {
                throw new IllegalArgumentException("exponent grid values must be positive: " + v);
            }
        }
        this.exponentGrid = exponentGrid.clone();
        this.maxEvaluations = maxEvaluations;
        this.relativeTolerance = relativeTolerance;
    }

    /**
     * @return the defaults: alpha and beta each on {0.05, 0.10, ..., 2.50} (2,500 grid points), Nelder-Mead
     *         with initial steps 0.05, relative tolerance 1e-12 on S, at most 5,000 evaluations
     */
    public static VariableProjectionMethod withDefaults() {
        double[] grid = new double[50];
        for (int i = 0; i < grid.length; i++) {
            grid[i] = 0.05 * (i + 1);
        }
        return new VariableProjectionMethod(grid, 5000, 1e-12);
    }

    /** @return a copy searching this exponent grid (used for both alpha and beta). */
    public VariableProjectionMethod withExponentGrid(double... values) {
        return new VariableProjectionMethod(values, maxEvaluations, relativeTolerance);
    }

    /** @return a copy with this Nelder-Mead evaluation limit. */
    public VariableProjectionMethod withMaxEvaluations(int value) {
        return new VariableProjectionMethod(exponentGrid, value, relativeTolerance);
    }

    @Override
    public String id() {
        return "varpro-nnls";
    }

    @Override
    public String description() {
        return "Chinchilla form; least squares on raw loss; (E, A, B) by NNLS for each (alpha, beta); "
                + exponentGrid.length + " x " + exponentGrid.length + " exponent grid, then Nelder-Mead";
    }

    @Override
    public MethodFit fit(Observations runs, int threads) {
        Profile profile = new Profile(runs);
        double best = Double.POSITIVE_INFINITY;
        double[] start = {exponentGrid[0], exponentGrid[0]};
        for (double alpha : exponentGrid) {
            for (double beta : exponentGrid) {
                double s = profile.value(alpha, beta);
                if (s < best) {
                    best = s;
                    start = new double[] {alpha, beta};
                }
            }
        }
        return search(profile, start, exponentGrid.length * (long) exponentGrid.length);
    }

    @Override
    public MethodFit refit(Observations resample, MethodFit previous) {
        double[] p = previous.parameters();
        return search(new Profile(resample), new double[] {p[3], p[4]}, 0);
    }

    private MethodFit search(Profile profile, double[] start, long gridEvaluations) {
        SimplexOptimizer optimizer = new SimplexOptimizer(new SimpleValueChecker(relativeTolerance, 1e-300));
        double[] point = start;
        double value = profile.value(start[0], start[1]);
        Termination termination;
        String detail;
        long evaluations = gridEvaluations;
        try {
            PointValuePair optimum = optimizer.optimize(new MaxEval(maxEvaluations),
                    new ObjectiveFunction(x -> x[0] > 0 && x[1] > 0 ? profile.value(x[0], x[1]) : Double.MAX_VALUE),
                    GoalType.MINIMIZE, new InitialGuess(start), new NelderMeadSimplex(new double[] {0.05, 0.05}));
            point = optimum.getPoint();
            value = optimum.getValue();
            evaluations += optimizer.getEvaluations();
            termination = Termination.RELATIVE_REDUCTION_SMALL;
            detail = "Nelder-Mead: relative change of S <= " + relativeTolerance + " after "
                    + optimizer.getEvaluations() + " evaluations; S " + value;
        } catch (TooManyEvaluationsException e) {
            evaluations += maxEvaluations;
            termination = Termination.MAX_EVALUATIONS;
            detail = "Nelder-Mead stopped after " + maxEvaluations + " evaluations without meeting its tolerance";
        }
        double[] direct = profile.direct(point[0], point[1]);
        List<String> warnings = new ArrayList<>();
        String[] names = {"E", "A", "B"};
        for (int j = 0; j < 3; j++) {
            if (direct[j] == 0) {
                warnings.add("parameter " + names[j] + " = 0: its non-negativity constraint is active");
            }
        }
        return new MethodFit(ChinchillaLaw.instance(), direct, value, evaluations, termination, detail, warnings);
    }

    /** The profiled sum of squares on one data set (scratch buffers: one thread). */
    private static final class Profile {
        private final double[] centredLogN;
        private final double[] centredLogD;
        private final double meanLogN;
        private final double meanLogD;
        private final double[] y;
        private final double[][] columns;
        private final ThreeColumnNnls nnls = new ThreeColumnNnls();

        Profile(Observations runs) {
            int n = runs.size();
            y = runs.response();
            centredLogN = new double[n];
            centredLogD = new double[n];
            double sn = 0;
            double sd = 0;
            for (int i = 0; i < n; i++) {
                centredLogN[i] = Math.log(positive(runs, 0, i));
                centredLogD[i] = Math.log(positive(runs, 1, i));
                sn += centredLogN[i];
                sd += centredLogD[i];
            }
            meanLogN = sn / n;
            meanLogD = sd / n;
            for (int i = 0; i < n; i++) {
                centredLogN[i] -= meanLogN;
                centredLogD[i] -= meanLogD;
            }
            columns = new double[3][n];
            java.util.Arrays.fill(columns[0], 1);
        }

        private static double positive(Observations runs, int j, int i) {
            double v = runs.input(j, i);
            if (!(v > 0)) {
                throw new IllegalArgumentException("input '" + runs.inputNames().get(j) + "' must be positive, row "
                        + i + ": " + v);
            }
            return v;
        }

        double value(double alpha, double beta) {
            for (int i = 0; i < y.length; i++) {
                columns[1][i] = Math.exp(-alpha * centredLogN[i]);
                columns[2][i] = Math.exp(-beta * centredLogD[i]);
            }
            return nnls.solve(columns, 3, y);
        }

        /** @return (E, A, B, alpha, beta) at these exponents. */
        double[] direct(double alpha, double beta) {
            value(alpha, beta);
            double[] z = nnls.solution();
            return new double[] {z[0], z[1] * Math.exp(alpha * meanLogN), z[2] * Math.exp(beta * meanLogD), alpha,
                beta};
        }
    }
}

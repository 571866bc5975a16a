package org.scalingsuite.core.fit;

import org.apache.commons.math3.exception.ConvergenceException;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.exception.TooManyIterationsException;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresBuilder;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresOptimizer;
import org.apache.commons.math3.fitting.leastsquares.LeastSquaresProblem;
import org.apache.commons.math3.fitting.leastsquares.LevenbergMarquardtOptimizer;
import org.apache.commons.math3.fitting.leastsquares.MultivariateJacobianFunction;
import org.apache.commons.math3.fitting.leastsquares.ParameterValidator;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.RealVector;
import org.apache.commons.math3.util.Pair;
import org.scalingsuite.core.objective.LeastSquares;
import org.scalingsuite.core.optim.Bounds;
import org.scalingsuite.core.optim.ResidualFunction;
import org.scalingsuite.core.optim.Termination;

/**
 * Fits a {@link LeastSquares} problem with the Levenberg-Marquardt method of Apache Commons Math (a port
 * of MINPACK's {@code lmder}), using the law's analytic Jacobian.
 *
 * <p>Defaults follow {@code scipy.optimize.curve_fit(method="lm")}: ftol = xtol = 1.49012e-8, gtol = 0,
 * initial step bound factor 100; the evaluation limit is 10,000 (the over-training authors' maxfev).
 * Finite bounds, if the problem has any, are enforced by projecting every trial point onto the box (a
 * projected LM, not a trust-region-reflective method); parameters that end on a bound are reported.
 *
 * <p>Reference: J. J. Moré, "The Levenberg-Marquardt algorithm: implementation and theory", Numerical
 * Analysis, Lecture Notes in Mathematics 630, 1978, 105-116.
 */
public final class LevenbergMarquardtFitter implements Fitter {

    /** scipy's default ftol and xtol for curve_fit: sqrt of machine epsilon. */
    public static final double DEFAULT_TOLERANCE = 1.49012e-8;

    private final double ftol;
    private final double xtol;
    private final double gtol;
    private final double initialStepBoundFactor;
    private final int maxEvaluations;

    private LevenbergMarquardtFitter(double ftol, double xtol, double gtol, double initialStepBoundFactor,
            int maxEvaluations) {
        this.ftol = ftol;
        this.xtol = xtol;
        this.gtol = gtol;
        this.initialStepBoundFactor = initialStepBoundFactor;
        this.maxEvaluations = maxEvaluations;
    }

    /** @return the scipy curve_fit defaults with a 10,000-evaluation limit. */
    public static LevenbergMarquardtFitter withDefaults() {
        return new LevenbergMarquardtFitter(DEFAULT_TOLERANCE, DEFAULT_TOLERANCE, 0, 100, 10_000);
    }

    public LevenbergMarquardtFitter withFtol(double value) {
        return new LevenbergMarquardtFitter(value, xtol, gtol, initialStepBoundFactor, maxEvaluations);
    }

    public LevenbergMarquardtFitter withXtol(double value) {
        return new LevenbergMarquardtFitter(ftol, value, gtol, initialStepBoundFactor, maxEvaluations);
    }

    public LevenbergMarquardtFitter withGtol(double value) {
        return new LevenbergMarquardtFitter(ftol, xtol, value, initialStepBoundFactor, maxEvaluations);
    }

    public LevenbergMarquardtFitter withMaxEvaluations(int value) {
        return new LevenbergMarquardtFitter(ftol, xtol, gtol, initialStepBoundFactor, value);
    }

    @Override
    public String description() {
        return "Levenberg-Marquardt(ftol=" + ftol + ", xtol=" + xtol + ", gtol=" + gtol + ", maxfev="
                + maxEvaluations + ")";
    }

    @Override
    public FitResult fit(FitProblem problem, double[] start) {
        return Identifiability.check(problem, fitUnchecked(problem, start));
    }

    @Override
    public FitResult fitUnchecked(FitProblem problem, double[] start) {
        if (!(problem.objective() instanceof LeastSquares leastSquares)) {
            throw new IllegalArgumentException("Levenberg-Marquardt needs a least-squares objective, not "
                    + problem.objective().description());
        }
        ResidualFunction residuals = leastSquares.residuals(problem.evaluator(), problem.data());
        int n = residuals.size();
        int k = residuals.dimension();
        Bounds bounds = problem.bounds();
        double[] lastPoint = bounds.project(start);
        int[] evaluations = {0};
        MultivariateJacobianFunction model = point -> {
            double[] p = point.toArray();
            double[] r = new double[n];
            double[] jac = new double[n * k];
            residuals.evaluate(p, r, jac);
            evaluations[0]++;
            System.arraycopy(p, 0, lastPoint, 0, k);
            // Commons Math minimises |target - value|^2 with target 0: value = -r, d value/dp = -dr/dp.
            double[][] j = new double[n][k];
            for (int i = 0; i < n; i++) {
                r[i] = -r[i];
                for (int c = 0; c < k; c++) {
                    j[i][c] = -jac[i * k + c];
                }
            }
            return new Pair<>(new ArrayRealVector(r, false), new Array2DRowRealMatrix(j, false));
        };
        ParameterValidator validator = bounds.isUnbounded() ? null
                : point -> new ArrayRealVector(bounds.project(point.toArray()), false);
        LeastSquaresBuilder builder = new LeastSquaresBuilder()
                .model(model)
                .target(new ArrayRealVector(n))
                .start(new ArrayRealVector(bounds.project(start)))
                .maxEvaluations(maxEvaluations)
                .maxIterations(maxEvaluations)
                .lazyEvaluation(false);
        if (validator != null) {
            builder.parameterValidator(validator);
        }
        LeastSquaresProblem lsp = builder.build();
        LevenbergMarquardtOptimizer lm = new LevenbergMarquardtOptimizer()
                .withCostRelativeTolerance(ftol)
                .withParameterRelativeTolerance(xtol)
                .withOrthoTolerance(gtol)
                .withInitialStepBoundFactor(initialStepBoundFactor);
        try {
            LeastSquaresOptimizer.Optimum optimum = lm.optimize(lsp);
            double[] p = optimum.getPoint().toArray();
            RealVector res = optimum.getResiduals();
            double ssr = res.dotProduct(res);
            return result(problem, p, ssr, optimum.getIterations(), optimum.getEvaluations(),
                    Termination.LM_TOLERANCE_MET, "converged: SSR " + ssr, start);
        } catch (TooManyEvaluationsException | TooManyIterationsException e) {
            return stopped(problem, residuals, lastPoint, evaluations[0], Termination.MAX_EVALUATIONS,
                    "stopped after " + maxEvaluations + " evaluations without meeting ftol/xtol/gtol", start);
        } catch (ConvergenceException e) {
            return stopped(problem, residuals, lastPoint, evaluations[0], Termination.NUMERICAL_FAILURE,
                    "no further progress possible: " + e.getMessage(), start);
        }
    }

    private FitResult stopped(FitProblem problem, ResidualFunction residuals, double[] point, int evaluations,
            Termination termination, String detail, double[] start) {
        double[] r = new double[residuals.size()];
        residuals.evaluate(point, r, null);
        double ssr = 0;
        for (double v : r) {
            ssr += v * v;
        }
        return result(problem, point, ssr, evaluations, evaluations, termination, detail, start);
    }

    private FitResult result(FitProblem problem, double[] p, double ssr, int iterations, int evaluations,
            Termination termination, String detail, double[] start) {
        return new FitResult(problem.parameterNames(), p, ssr, iterations, evaluations, termination, detail, start,
                description(), LbfgsbFitter.boundWarnings(problem.parameterNames(), problem.bounds(), p));
    }
}

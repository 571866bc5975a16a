package org.scalingsuite.core.optim.lbfgsb;

import java.util.Arrays;
import org.scalingsuite.core.optim.Bounds;
import org.scalingsuite.core.optim.DifferentiableFunction;
import org.scalingsuite.core.optim.OptimizationResult;
import org.scalingsuite.core.optim.Termination;

/**
 * L-BFGS-B: limited-memory quasi-Newton minimization subject to box constraints.
 *
 * <p>Each iteration (1) finds the generalized Cauchy point along the projected steepest-descent path of
 * the quadratic model {@code m(x) = f + g'(x - x_k) + 1/2 (x - x_k)' B (x - x_k)}, with B the compact
 * limited-memory BFGS matrix; (2) minimizes the model over the variables that are free at that point
 * (direct primal method); (3) projects the subspace minimizer onto the box, falling back to a
 * feasibility-preserving backtrack when the projection is not a descent direction (the L-BFGS-B 3.0
 * modification); and (4) runs a Moré-Thuente line search from {@code x_k} towards that point. Without
 * bounds the Cauchy step is skipped once a correction pair exists, which reduces the method to L-BFGS.
 *
 * <p>Stopping rules and defaults are those of scipy's {@code minimize(method="L-BFGS-B")}:
 * <ul>
 *   <li>{@code max_i |proj g_i| <= gtol} (default 1e-5), or</li>
 *   <li>{@code (f_k - f_{k+1}) / max(|f_k|, |f_{k+1}|, 1) <= ftol} (default 2.220446049250313e-9,
 *       i.e. factr = 1e7 times machine epsilon). Note the floor at 1: for objectives much smaller than 1
 *       this test is effectively absolute; {@code ObjectiveScaling} in the fitting layer makes it relative.</li>
 *   <li>limits: 15,000 iterations, 15,000 evaluations, 20 evaluations per line search; memory m = 10.</li>
 * </ul>
 * When a line search fails, the memory is discarded and the iteration restarts from steepest descent;
 * a failure with empty memory ends the run as {@link Termination#LINE_SEARCH_FAILED}.
 *
 * <p>The optimizer is immutable and thread-safe; configure it with the {@code with...} copies.
 *
 * <p>References: R. H. Byrd, P. Lu, J. Nocedal, C. Zhu, "A limited memory algorithm for bound constrained
 * optimization", SIAM J. Sci. Comput. 16(5), 1995, 1190-1208; C. Zhu, R. H. Byrd, P. Lu, J. Nocedal,
 * "Algorithm 778: L-BFGS-B", ACM Trans. Math. Softw. 23(4), 1997, 550-560; J. L. Morales, J. Nocedal,
 * "Remark on Algorithm 778" (L-BFGS-B 3.0), ACM Trans. Math. Softw. 38(1), 2011; J. J. Moré, D. J. Thuente,
 * "Line search algorithms with guaranteed sufficient decrease", ACM Trans. Math. Softw. 20(3), 1994.
 */
public final class LbfgsbOptimizer {

    /** scipy's default {@code ftol}: factr 1e7 times the double machine epsilon. */
    public static final double DEFAULT_FTOL = 1e7 * Math.ulp(1.0);
    public static final double DEFAULT_GTOL = 1e-5;
    public static final int DEFAULT_MEMORY = 10;
    public static final int DEFAULT_MAX_ITERATIONS = 15_000;
    public static final int DEFAULT_MAX_EVALUATIONS = 15_000;
    public static final int DEFAULT_MAX_LINE_SEARCH_STEPS = 20;

    private static final double EPSMCH = Math.ulp(1.0);
    private static final double BIG_STEP = 1e10;
    private static final double LS_FTOL = 1e-3;
    private static final double LS_GTOL = 0.9;
    private static final double LS_XTOL = 0.1;

    private final int memory;
    private final double ftol;
    private final double gtol;
    private final int maxIterations;
    private final int maxEvaluations;
    private final int maxLineSearchSteps;

    private LbfgsbOptimizer(int memory, double ftol, double gtol, int maxIterations, int maxEvaluations,
            int maxLineSearchSteps) {
        if (memory < 1) {
            throw new IllegalArgumentException("memory must be at least 1: " + memory);
        }
        if (!(ftol >= 0) || !(gtol >= 0)) {
            throw new IllegalArgumentException("tolerances must be non-negative: ftol=" + ftol + ", gtol=" + gtol);
        }
        if (maxIterations < 1 || maxEvaluations < 1 || maxLineSearchSteps < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.memory = memory;
        this.ftol = ftol;
        this.gtol = gtol;
        this.maxIterations = maxIterations;
        this.maxEvaluations = maxEvaluations;
        this.maxLineSearchSteps = maxLineSearchSteps;
    }

    /** @return an optimizer with scipy's defaults (see the class documentation). */
    public static LbfgsbOptimizer withDefaults() {
        return new LbfgsbOptimizer(DEFAULT_MEMORY, DEFAULT_FTOL, DEFAULT_GTOL, DEFAULT_MAX_ITERATIONS,
                DEFAULT_MAX_EVALUATIONS, DEFAULT_MAX_LINE_SEARCH_STEPS);
    }

    public LbfgsbOptimizer withMemory(int m) {
        return new LbfgsbOptimizer(m, ftol, gtol, maxIterations, maxEvaluations, maxLineSearchSteps);
    }

    /** @param relativeReduction the {@code ftol} of the relative-reduction test (scipy's ftol) */
    public LbfgsbOptimizer withFtol(double relativeReduction) {
        return new LbfgsbOptimizer(memory, relativeReduction, gtol, maxIterations, maxEvaluations,
                maxLineSearchSteps);
    }

    /** @param projectedGradient the {@code gtol} of the projected-gradient test (scipy's gtol, Fortran pgtol) */
    public LbfgsbOptimizer withGtol(double projectedGradient) {
        return new LbfgsbOptimizer(memory, ftol, projectedGradient, maxIterations, maxEvaluations,
                maxLineSearchSteps);
    }

    public LbfgsbOptimizer withMaxIterations(int limit) {
        return new LbfgsbOptimizer(memory, ftol, gtol, limit, maxEvaluations, maxLineSearchSteps);
    }

    public LbfgsbOptimizer withMaxEvaluations(int limit) {
        return new LbfgsbOptimizer(memory, ftol, gtol, maxIterations, limit, maxLineSearchSteps);
    }

    public LbfgsbOptimizer withMaxLineSearchSteps(int limit) {
        return new LbfgsbOptimizer(memory, ftol, gtol, maxIterations, maxEvaluations, limit);
    }

    public int memory() {
        return memory;
    }

    public double ftol() {
        return ftol;
    }

    public double gtol() {
        return gtol;
    }

    public int maxIterations() {
        return maxIterations;
    }

    public int maxEvaluations() {
        return maxEvaluations;
    }

    public int maxLineSearchSteps() {
        return maxLineSearchSteps;
    }

    /**
     * Minimizes {@code f} from {@code start} within {@code bounds}. The start is first projected onto the box.
     */
    public OptimizationResult minimize(DifferentiableFunction f, double[] start, Bounds bounds) {
        if (start.length != f.dimension() || bounds.dimension() != f.dimension()) {
            throw new IllegalArgumentException("dimension mismatch: function " + f.dimension() + ", start "
                    + start.length + ", bounds " + bounds.dimension());
        }
        return new Run(f, bounds, start).solve();
    }

    /** Minimizes {@code f} without bounds. */
    public OptimizationResult minimize(DifferentiableFunction f, double[] start) {
        return minimize(f, start, Bounds.unbounded(start.length));
    }

    @Override
    public String toString() {
        return "L-BFGS-B(m=" + memory + ", ftol=" + ftol + ", gtol=" + gtol + ", maxiter=" + maxIterations
                + ", maxfun=" + maxEvaluations + ", maxls=" + maxLineSearchSteps + ")";
    }

    /** The state of one minimization. */
    private final class Run {
        private final DifferentiableFunction fn;
        private final int n;
        private final double[] lo;
        private final double[] hi;
        private final boolean[] hasLo;
        private final boolean[] hasHi;
        private final boolean constrained;
        private final boolean boxed;
        private final CompactLbfgsMatrix bfgs;

        private final double[] x;
        private final double[] g;
        private double f;
        private int iterations;
        private int evaluations;

        // Work arrays, allocated once per run.
        private final double[] xcp;
        private final double[] z;
        private final double[] d;
        private final double[] xOld;
        private final double[] gOld;
        private final double[] s;
        private final double[] yv;
        private final int[] free;
        private int freeCount;
        private final double[] c;
        private final double[] dir;
        private final double[] breakT;
        private final int[] breakIdx;
        private final boolean[] fixed;
        private final double[] p;
        private final double[] v;
        private final double[] wbp;
        private final double[] mc;
        private final double[] r;
        private final double[] du;
        /** The middle matrix of the subspace step, allocated on the first constrained step. */
        private double[][] k;
        /** The line search, restarted by {@link MoreThuenteLineSearch#start} at every iteration. */
        private final MoreThuenteLineSearch search = new MoreThuenteLineSearch(LS_FTOL, LS_GTOL, LS_XTOL);

        // The last line search: f before it, the accepted step, g'd before and after.
        private double fBefore;
        private double step;
        private double gdBefore;
        private double gdAfter;

        Run(DifferentiableFunction fn, Bounds bounds, double[] start) {
            this.fn = fn;
            this.n = start.length;
            this.lo = bounds.lower();
            this.hi = bounds.upper();
            this.hasLo = new boolean[n];
            this.hasHi = new boolean[n];
            boolean anyBound = false;
            boolean allBoxed = true;
            for (int i = 0; i < n; i++) {
                hasLo[i] = bounds.hasLower(i);
                hasHi[i] = bounds.hasUpper(i);
                anyBound |= hasLo[i] || hasHi[i];
                allBoxed &= hasLo[i] && hasHi[i];
            }
            this.constrained = anyBound;
            this.boxed = allBoxed;
            this.bfgs = new CompactLbfgsMatrix(n, memory, anyBound);
            this.x = bounds.project(start);
            this.g = new double[n];
            this.xcp = new double[n];
            this.z = new double[n];
            this.d = new double[n];
            this.xOld = new double[n];
            this.gOld = new double[n];
            this.s = new double[n];
            this.yv = new double[n];
            this.free = new int[n];
            int m2 = 2 * memory;
            this.c = new double[m2];
            this.dir = new double[n];
            this.breakT = new double[n];
            this.breakIdx = new int[n];
            this.fixed = new boolean[n];
            this.p = new double[m2];
            this.v = new double[m2];
            this.wbp = new double[m2];
            this.mc = new double[m2];
            this.r = new double[n];
            this.du = new double[n];
        }

        OptimizationResult solve() {
            f = evaluate(x, g);
            if (!finite(f, g)) {
                return result(Termination.NON_FINITE, "objective or gradient not finite at the start: f=" + f);
            }
            double pgNorm = projectedGradientNorm();
            if (pgNorm <= gtol) {
                return result(Termination.PROJECTED_GRADIENT_SMALL,
                        "projected gradient norm " + pgNorm + " <= gtol " + gtol + " at the start");
            }
            while (true) {
                if (!searchPoint()) {
                    // A singular system in the model: restart from the steepest-descent model.
                    bfgs.reset();
                    continue;
                }
                for (int i = 0; i < n; i++) {
                    d[i] = z[i] - x[i];
                }
                if (!lineSearch()) {
                    if (bfgs.size() == 0) {
                        iterations++;
                        return result(Termination.LINE_SEARCH_FAILED,
                                "no acceptable step along the steepest-descent direction at f=" + f);
                    }
                    bfgs.reset();
                    continue;
                }
                iterations++;
                pgNorm = projectedGradientNorm();
                if (pgNorm <= gtol) {
                    return result(Termination.PROJECTED_GRADIENT_SMALL,
                            "projected gradient norm " + pgNorm + " <= gtol " + gtol);
                }
                double scale = Math.max(Math.max(Math.abs(fBefore), Math.abs(f)), 1.0);
                if (fBefore - f <= ftol * scale) {
                    return result(Termination.RELATIVE_REDUCTION_SMALL,
                            "relative reduction " + (fBefore - f) / scale + " <= ftol " + ftol);
                }
                if (iterations >= maxIterations) {
                    return result(Termination.MAX_ITERATIONS, "reached " + maxIterations + " iterations");
                }
                if (evaluations > maxEvaluations) {
                    return result(Termination.MAX_EVALUATIONS, "exceeded " + maxEvaluations + " evaluations");
                }
                updateMemory();
            }
        }

        /**
         * Runs the Moré-Thuente search from x along d. On success x, g and f hold the accepted point; on
         * failure they are restored.
         */
        private boolean lineSearch() {
            double dnorm = Math.sqrt(dot(d, d, n));
            double stpmax = BIG_STEP;
            if (constrained) {
                stpmax = iterations == 0 ? 1 : maxFeasibleStep();
            }
            double stp = (iterations == 0 && !boxed) ? Math.min(1 / dnorm, stpmax) : 1;
            System.arraycopy(x, 0, xOld, 0, n);
            System.arraycopy(g, 0, gOld, 0, n);
            fBefore = f;
            double gd = dot(g, d, n);
            if (!(gd < 0)) {
                return false;
            }
            gdBefore = gd;
            MoreThuenteLineSearch.Status status = search.start(f, gd, stp, 0, stpmax);
            int trials = 0;
            while (status == MoreThuenteLineSearch.Status.EVALUATE) {
                if (trials >= maxLineSearchSteps) {
                    break;
                }
                stp = search.step();
                trials++;
                if (stp == 1) {
                    System.arraycopy(z, 0, x, 0, n);
                } else {
                    for (int i = 0; i < n; i++) {
                        x[i] = stp * d[i] + xOld[i];
                    }
                }
                f = evaluate(x, g);
                gd = dot(g, d, n);
                if (!Double.isFinite(f) || !Double.isFinite(gd)) {
                    status = search.retreat();
                    continue;
                }
                status = search.next(f, gd);
            }
            if (status == MoreThuenteLineSearch.Status.CONVERGED || status == MoreThuenteLineSearch.Status.WARNING) {
                step = stp;
                gdAfter = gd;
                return true;
            }
            System.arraycopy(xOld, 0, x, 0, n);
            System.arraycopy(gOld, 0, g, 0, n);
            f = fBefore;
            return false;
        }

        /** The largest step along d that keeps x inside the box (capped at 1e10). */
        private double maxFeasibleStep() {
            double stpmax = BIG_STEP;
            for (int i = 0; i < n; i++) {
                double di = d[i];
                if (di < 0 && hasLo[i]) {
                    double room = lo[i] - x[i];
                    if (room >= 0) {
                        stpmax = 0;
                    } else if (di * stpmax < room) {
                        stpmax = room / di;
                    }
                } else if (di > 0 && hasHi[i]) {
                    double room = hi[i] - x[i];
                    if (room <= 0) {
                        stpmax = 0;
                    } else if (di * stpmax > room) {
                        stpmax = room / di;
                    }
                }
            }
            return stpmax;
        }

        /** Adds the correction pair of the last step unless its curvature s'y is not safely positive. */
        private void updateMemory() {
            double yy = 0;
            for (int i = 0; i < n; i++) {
                yv[i] = g[i] - gOld[i];
                s[i] = step * d[i];
                yy += yv[i] * yv[i];
            }
            double sy = (gdAfter - gdBefore) * step;
            if (sy <= EPSMCH * (-gdBefore * step)) {
                return;
            }
            bfgs.update(s, yv, sy, yy);
        }

        /**
         * Computes the point z the line search heads for: the minimizer of the quadratic model over the
         * variables free at the generalized Cauchy point.
         *
         * @return false when a linear system was singular
         */
        private boolean searchPoint() {
            int col = bfgs.size();
            if (!constrained && col > 0) {
                // No bounds: the model minimizer is the quasi-Newton point x - B^-1 g.
                bfgs.multiplyInverse(g, z);
                for (int i = 0; i < n; i++) {
                    z[i] = x[i] - z[i];
                }
                return true;
            }
            if (!bfgs.factorIfNeeded() || !cauchyPoint()) {
                return false;
            }
            System.arraycopy(xcp, 0, z, 0, n);
            if (freeCount == 0 || col == 0) {
                return true;
            }
            return subspaceMinimization();
        }

        /**
         * Generalized Cauchy point: the first local minimizer of the quadratic model along the projected
         * steepest-descent path {@code P(x - t g)}, found by walking the breakpoints in increasing t
         * (Byrd et al. 1995, section 4). Sets xcp, c = W'(xcp - x) and the free set at xcp.
         */
        private boolean cauchyPoint() {
            int col = bfgs.size();
            int col2 = 2 * col;
            double theta = bfgs.theta();
            int nBreak = 0;
            double f1 = 0;
            boolean directionBounded = true;
            boolean anyMoving = false;
            Arrays.fill(p, 0, col2, 0);
            for (int i = 0; i < n; i++) {
                double neggi = -g[i];
                boolean equalBounds = hasLo[i] && hasHi[i] && lo[i] == hi[i];
                boolean atLower = hasLo[i] && x[i] - lo[i] <= 0;
                boolean atUpper = hasHi[i] && hi[i] - x[i] <= 0;
                boolean stays;
                if (equalBounds) {
                    stays = true;
                } else if (atLower) {
                    stays = neggi <= 0;
                } else if (atUpper) {
                    stays = neggi >= 0;
                } else {
                    stays = neggi == 0;
                }
                fixed[i] = stays && (atLower || atUpper || equalBounds);
                if (stays) {
                    dir[i] = 0;
                    continue;
                }
                dir[i] = neggi;
                anyMoving = true;
                f1 -= neggi * neggi;
                for (int j = 0; j < col2; j++) {
                    p[j] += bfgs.w(i, j) * neggi;
                }
                if (hasLo[i] && neggi < 0) {
                    breakT[nBreak] = (x[i] - lo[i]) / (-neggi);
                    breakIdx[nBreak++] = i;
                } else if (hasHi[i] && neggi > 0) {
                    breakT[nBreak] = (hi[i] - x[i]) / neggi;
                    breakIdx[nBreak++] = i;
                } else if (neggi != 0) {
                    directionBounded = false;
                }
            }
            System.arraycopy(x, 0, xcp, 0, n);
            Arrays.fill(c, 0, col2, 0);
            if (!anyMoving) {
                setFreeSet();
                return true;
            }
            double f2 = -theta * f1;
            double f2Org = f2;
            if (col > 0) {
                bfgs.multiplyM(p, v);
                f2 -= dot(v, p, col2);
            }
            double dtm = -f1 / f2;
            double tsum = 0;
            sortBreakpoints(breakT, breakIdx, nBreak);
            double tj = 0;
            int next = 0;
            while (next < nBreak) {
                double tj0 = tj;
                tj = breakT[next];
                int ibp = breakIdx[next];
                double dt = tj - tj0;
                if (dtm < dt) {
                    break;
                }
                tsum += dt;
                next++;
                double dibp = dir[ibp];
                dir[ibp] = 0;
                double zibp;
                if (dibp > 0) {
                    zibp = hi[ibp] - x[ibp];
                    xcp[ibp] = hi[ibp];
                } else {
                    zibp = lo[ibp] - x[ibp];
                    xcp[ibp] = lo[ibp];
                }
                fixed[ibp] = true;
                if (next == nBreak && nBreak == n) {
                    // Every variable reached a bound: xcp is the Cauchy point.
                    for (int j = 0; j < col2; j++) {
                        c[j] += dt * p[j];
                    }
                    setFreeSet();
                    return true;
                }
                double dibp2 = dibp * dibp;
                f1 = f1 + dt * f2 + dibp2 - theta * dibp * zibp;
                f2 = f2 - theta * dibp2;
                if (col > 0) {
                    for (int j = 0; j < col2; j++) {
                        c[j] += dt * p[j];
                        wbp[j] = bfgs.w(ibp, j);
                    }
                    bfgs.multiplyM(wbp, v);
                    double wmc = dot(c, v, col2);
                    double wmp = dot(p, v, col2);
                    double wmw = dot(wbp, v, col2);
                    for (int j = 0; j < col2; j++) {
                        p[j] -= dibp * wbp[j];
                    }
                    f1 += dibp * wmc;
                    f2 += 2.0 * dibp * wmp - dibp2 * wmw;
                }
                f2 = Math.max(EPSMCH * f2Org, f2);
                if (next < nBreak || !directionBounded) {
                    dtm = -f1 / f2;
                } else {
                    dtm = 0;
                }
            }
            if (dtm <= 0) {
                dtm = 0;
            }
            tsum += dtm;
            for (int i = 0; i < n; i++) {
                xcp[i] += tsum * dir[i];
            }
            for (int j = 0; j < col2; j++) {
                c[j] += dtm * p[j];
            }
            setFreeSet();
            return true;
        }

        private void setFreeSet() {
            freeCount = 0;
            for (int i = 0; i < n; i++) {
                if (!fixed[i]) {
                    free[freeCount++] = i;
                }
            }
        }

        /**
         * Minimizes the quadratic model over the free variables starting at xcp (direct primal method,
         * Byrd et al. 1995, section 5.1). The reduced inverse Hessian comes from the Sherman-Morrison-Woodbury
         * formula {@code (theta I - W_Z M W_Z')^-1 = I/theta + W_Z (K - W_Z'W_Z/theta)^-1 W_Z' / theta^2}.
         * The minimizer is then projected onto the box (L-BFGS-B 3.0).
         */
        private boolean subspaceMinimization() {
            int col2 = 2 * bfgs.size();
            double theta = bfgs.theta();
            // r = -Z'(g + theta (xcp - x) - W M c): the negative reduced gradient of the model at xcp.
            bfgs.multiplyM(c, mc);
            for (int a = 0; a < freeCount; a++) {
                int i = free[a];
                double wmc = 0;
                for (int j = 0; j < col2; j++) {
                    wmc += bfgs.w(i, j) * mc[j];
                }
                r[a] = -theta * (xcp[i] - x[i]) - g[i] + wmc;
            }
            // Solve (K - W_Z'W_Z / theta) u = W_Z' r.
            Arrays.fill(v, 0, col2, 0);
            if (k == null) {
                k = new double[2 * memory][2 * memory];
            }
            bfgs.middleInverse(k);
            for (int a = 0; a < freeCount; a++) {
                int i = free[a];
                for (int j = 0; j < col2; j++) {
                    double wij = bfgs.w(i, j);
                    v[j] += wij * r[a];
                    for (int l = 0; l <= j; l++) {
                        double gjl = wij * bfgs.w(i, l) / theta;
                        k[j][l] -= gjl;
                        if (l != j) {
                            k[l][j] -= gjl;
                        }
                    }
                }
            }
            if (!solveInPlace(k, v, col2)) {
                return false;
            }
            for (int a = 0; a < freeCount; a++) {
                int i = free[a];
                double wu = 0;
                for (int j = 0; j < col2; j++) {
                    wu += bfgs.w(i, j) * v[j];
                }
                du[a] = r[a] / theta + wu / (theta * theta);
            }
            projectOrBacktrack();
            return true;
        }

        /** z = P(xcp + Z du); if that is not a descent direction from x, backtrack feasibly along du instead. */
        private void projectOrBacktrack() {
            boolean touched = false;
            for (int a = 0; a < freeCount; a++) {
                int i = free[a];
                double target = xcp[i] + du[a];
                if (hasLo[i] && target <= lo[i]) {
                    target = lo[i];
                    touched = true;
                }
                if (hasHi[i] && target >= hi[i]) {
                    target = hi[i];
                    touched = true;
                }
                z[i] = target;
            }
            if (!touched) {
                return;
            }
            double slope = 0;
            for (int i = 0; i < n; i++) {
                slope += (z[i] - x[i]) * g[i];
            }
            if (slope <= 0) {
                return;
            }
            // The projection points uphill: take the longest feasible step from xcp along du instead.
            System.arraycopy(xcp, 0, z, 0, n);
            double alpha = 1;
            int blocking = -1;
            for (int a = 0; a < freeCount; a++) {
                int i = free[a];
                double dk = du[a];
                double candidate = alpha;
                if (dk < 0 && hasLo[i]) {
                    double room = lo[i] - z[i];
                    candidate = room >= 0 ? 0 : (dk * alpha < room ? room / dk : alpha);
                } else if (dk > 0 && hasHi[i]) {
                    double room = hi[i] - z[i];
                    candidate = room <= 0 ? 0 : (dk * alpha > room ? room / dk : alpha);
                }
                if (candidate < alpha) {
                    alpha = candidate;
                    blocking = a;
                }
            }
            if (alpha < 1 && blocking >= 0) {
                int i = free[blocking];
                z[i] = du[blocking] > 0 ? hi[i] : lo[i];
                du[blocking] = 0;
            }
            for (int a = 0; a < freeCount; a++) {
                z[free[a]] += alpha * du[a];
            }
        }

        private double evaluate(double[] point, double[] gradient) {
            evaluations++;
            return fn.valueAndGradient(point, gradient);
        }

        private double projectedGradientNorm() {
            double norm = 0;
            for (int i = 0; i < n; i++) {
                double gi = g[i];
                if (gi < 0) {
                    if (hasHi[i]) {
                        gi = Math.max(x[i] - hi[i], gi);
                    }
                } else if (hasLo[i]) {
                    gi = Math.min(x[i] - lo[i], gi);
                }
                norm = Math.max(norm, Math.abs(gi));
            }
            return norm;
        }

        private OptimizationResult result(Termination termination, String detail) {
            return new OptimizationResult(x, f, iterations, evaluations, termination, detail);
        }
    }

    private static boolean finite(double f, double[] g) {
        if (!Double.isFinite(f)) {
            return false;
        }
        for (double v : g) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double dot(double[] a, double[] b, int length) {
        double sum = 0;
        for (int i = 0; i < length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    /** Sorts breakpoints ascending by t, carrying their variable indices (stable insertion sort). */
    private static void sortBreakpoints(double[] t, int[] idx, int count) {
        for (int i = 1; i < count; i++) {
            double tv = t[i];
            int iv = idx[i];
            int j = i - 1;
            while (j >= 0 && t[j] > tv) {
                t[j + 1] = t[j];
                idx[j + 1] = idx[j];
                j--;
            }
            t[j + 1] = tv;
            idx[j + 1] = iv;
        }
    }

    /** Solves {@code a x = b} in place (b becomes x) by Gaussian elimination with partial pivoting. */
    private static boolean solveInPlace(double[][] a, double[] b, int size) {
        for (int col = 0; col < size; col++) {
            int pivot = col;
            double best = Math.abs(a[col][col]);
            for (int r = col + 1; r < size; r++) {
                double v = Math.abs(a[r][col]);
                if (v > best) {
                    best = v;
                    pivot = r;
                }
            }
            if (!(best > 0)) {
                return false;
            }
            if (pivot != col) {
                double[] tmp = a[pivot];
                a[pivot] = a[col];
                a[col] = tmp;
                double tb = b[pivot];
                b[pivot] = b[col];
                b[col] = tb;
            }
            double diag = a[col][col];
            for (int r = col + 1; r < size; r++) {
                double factor = a[r][col] / diag;
                if (factor != 0) {
                    for (int k = col; k < size; k++) {
                        a[r][k] -= factor * a[col][k];
                    }
                    b[r] -= factor * b[col];
                }
            }
        }
        for (int r = size - 1; r >= 0; r--) {
            double sum = b[r];
            for (int k = r + 1; k < size; k++) {
                sum -= a[r][k] * b[k];
            }
            b[r] = sum / a[r][r];
        }
        return true;
    }
}

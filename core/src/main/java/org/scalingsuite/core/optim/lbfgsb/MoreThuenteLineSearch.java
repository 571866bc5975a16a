package org.scalingsuite.core.optim.lbfgsb;

/**
 * The Moré-Thuente line search: finds a step {@code stp} satisfying the strong Wolfe conditions
 *
 * <pre>
 *   f(stp) &lt;= f(0) + ftol * stp * f'(0)         (sufficient decrease)
 *   |f'(stp)| &lt;= gtol * |f'(0)|                 (curvature)
 * </pre>
 *
 * with safeguarded cubic and quadratic interpolation. It is a reverse-communication state machine:
 * {@link #start} then repeated {@link #next} calls, each with the function value and directional
 * derivative at the step the previous call asked for.
 *
 * <p>Reference: J. J. Moré and D. J. Thuente, "Line search algorithms with guaranteed sufficient
 * decrease", ACM Trans. Math. Softw. 20(3), 1994, 286-307 (the MINPACK-2 {@code dcsrch}/{@code dcstep}
 * design, which L-BFGS-B 3.0 uses with ftol = 1e-3, gtol = 0.9, xtol = 0.1).
 */
final class MoreThuenteLineSearch {

    /** What the caller should do after a call. */
    enum Status {
        /** Evaluate the function at {@link #step()} and call {@link #next} again. */
        EVALUATE,
        /** Both Wolfe conditions hold at {@link #step()}. */
        CONVERGED,
        /** The search cannot make progress; the last step is accepted as it is (as in L-BFGS-B). */
        WARNING,
        /** The arguments were inconsistent (e.g. an ascent direction); no step is acceptable. */
        ERROR
    }

    private static final double XTRAPL = 1.1;
    private static final double XTRAPU = 4.0;

    private final double ftol;
    private final double gtol;
    private final double xtol;
    /** Scratch for the safeguarded step, reused at every trial. */
    private final Interval interval = new Interval();

    private boolean bracketed;
    private int stage;
    private double finit;
    private double ginit;
    private double gtest;
    private double width;
    private double width1;
    private double stx;
    private double fx;
    private double gx;
    private double sty;
    private double fy;
    private double gy;
    private double stmin;
    private double stmax;
    private double stpmin;
    private double stpmax;
    private double stp;
    private String message = "";

    MoreThuenteLineSearch(double ftol, double gtol, double xtol) {
        this.ftol = ftol;
        this.gtol = gtol;
        this.xtol = xtol;
    }

    double step() {
        return stp;
    }

    String message() {
        return message;
    }

    /**
     * Starts a search along a descent direction.
     *
     * @param f0      f(0)
     * @param g0      f'(0), must be negative
     * @param step0   the first trial step
     * @param minStep lower bound on the step
     * @param maxStep upper bound on the step
     */
    Status start(double f0, double g0, double step0, double minStep, double maxStep) {
        stp = step0;
        stpmin = minStep;
        stpmax = maxStep;
        if (stp < stpmin) {
            message = "initial step below the minimum step";
            return Status.ERROR;
        }
        if (stp > stpmax) {
            message = "initial step above the maximum step";
            return Status.ERROR;
        }
        if (!(g0 < 0)) {
            message = "initial directional derivative is not negative: " + g0;
            return Status.ERROR;
        }
        bracketed = false;
        stage = 1;
        finit = f0;
        ginit = g0;
        gtest = ftol * ginit;
        width = stpmax - stpmin;
        width1 = width / 0.5;
        stx = 0;
        fx = finit;
        gx = ginit;
        sty = 0;
        fy = finit;
        gy = ginit;
        stmin = 0;
        stmax = stp + XTRAPU * stp;
        message = "";
        return Status.EVALUATE;
    }

    /**
     * Reports that the function was not finite at the current step: the step is halved towards the best
     * step so far and never exceeds the failed one again.
     */
    Status retreat() {
        double failed = stp;
        stpmax = Math.min(stpmax, failed);
        stmax = Math.min(stmax, failed);
        stp = stx + 0.5 * (failed - stx);
        if (!(stp > stpmin) || stp == stx || stp == failed) {
            message = "the function is not finite along the search direction";
            return Status.ERROR;
        }
        message = "";
        return Status.EVALUATE;
    }

    /**
     * Continues the search with the function value {@code f} and directional derivative {@code g} at the
     * current {@link #step()}.
     */
    Status next(double f, double g) {
        double ftest = finit + stp * gtest;
        if (stage == 1 && f <= ftest && g >= 0) {
            stage = 2;
        }
        Status status = null;
        if (bracketed && (stp <= stmin || stp >= stmax)) {
            status = Status.WARNING;
            message = "rounding errors prevent progress";
        }
        if (bracketed && stmax - stmin <= xtol * stmax) {
            status = Status.WARNING;
            message = "xtol test satisfied";
        }
        if (stp == stpmax && f <= ftest && g <= gtest) {
            status = Status.WARNING;
            message = "step at the maximum step";
        }
        if (stp == stpmin && (f > ftest || g >= gtest)) {
            status = Status.WARNING;
            message = "step at the minimum step";
        }
        if (f <= ftest && Math.abs(g) <= gtol * (-ginit)) {
            status = Status.CONVERGED;
            message = "strong Wolfe conditions hold";
        }
        if (status != null) {
            return status;
        }

        if (stage == 1 && f <= fx && f > ftest) {
            // Use the modified function psi(stp) = f(stp) - f(0) - ftol * stp * f'(0) until a step with
            // psi <= 0 and f' >= 0 is found.
            double fm = f - stp * gtest;
            double fxm = fx - stx * gtest;
            double fym = fy - sty * gtest;
            double gm = g - gtest;
            double gxm = gx - gtest;
            double gym = gy - gtest;
            Interval iv = interval.set(stx, fxm, gxm, sty, fym, gym);
            stp = iv.step(stp, fm, gm, bracketed, stmin, stmax);
            bracketed = iv.bracketed;
            stx = iv.stx;
            sty = iv.sty;
            fx = iv.fx + stx * gtest;
            fy = iv.fy + sty * gtest;
            gx = iv.dx + gtest;
            gy = iv.dy + gtest;
        } else {
            Interval iv = interval.set(stx, fx, gx, sty, fy, gy);
            stp = iv.step(stp, f, g, bracketed, stmin, stmax);
            bracketed = iv.bracketed;
            stx = iv.stx;
            fx = iv.fx;
            gx = iv.dx;
            sty = iv.sty;
            fy = iv.fy;
            gy = iv.dy;
        }

        if (bracketed) {
            if (Math.abs(sty - stx) >= 0.66 * width1) {
                stp = stx + 0.5 * (sty - stx);
            }
            width1 = width;
            width = Math.abs(sty - stx);
        }
        if (bracketed) {
            stmin = Math.min(stx, sty);
            stmax = Math.max(stx, sty);
        } else {
            stmin = stp + XTRAPL * (stp - stx);
            stmax = stp + XTRAPU * (stp - stx);
        }
        stp = Math.max(stp, stpmin);
        stp = Math.min(stp, stpmax);
        if ((bracketed && (stp <= stmin || stp >= stmax)) || (bracketed && stmax - stmin <= xtol * stmax)) {
            stp = stx;
        }
        return Status.EVALUATE;
    }

    /**
     * The interval of uncertainty [stx, sty] with function values and derivatives at its ends, and the
     * safeguarded step that updates it (MINPACK-2 {@code dcstep}).
     */
    private static final class Interval {
        double stx;
        double fx;
        double dx;
        double sty;
        double fy;
        double dy;
        boolean bracketed;

        /** @return this interval, now [stx, sty] with these values and derivatives */
        Interval set(double stx, double fx, double dx, double sty, double fy, double dy) {
            this.stx = stx;
            this.fx = fx;
            this.dx = dx;
            this.sty = sty;
            this.fy = fy;
            this.dy = dy;
            return this;
        }

        /** Computes the next trial step from {@code stp} (with value fp, derivative dp) and updates the interval. */
        double step(double stp, double fp, double dp, boolean brackt, double stpmin, double stpmax) {
            bracketed = brackt;
            double sgnd = dp * (dx / Math.abs(dx));
            double stpf;
            if (fp > fx) {
                // Case 1: higher function value. The minimum is bracketed.
                double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
                double s = max3(Math.abs(theta), Math.abs(dx), Math.abs(dp));
                double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
                if (stp < stx) {
                    gamma = -gamma;
                }
                double p = (gamma - dx) + theta;
                double q = ((gamma - dx) + gamma) + dp;
                double r = p / q;
                double stpc = stx + r * (stp - stx);
                double stpq = stx + ((dx / ((fx - fp) / (stp - stx) + dx)) / 2) * (stp - stx);
                if (Math.abs(stpc - stx) < Math.abs(stpq - stx)) {
                    stpf = stpc;
                } else {
                    stpf = stpc + (stpq - stpc) / 2;
                }
                bracketed = true;
            } else if (sgnd < 0) {
                // Case 2: lower function value and derivatives of opposite sign. Bracketed.
                double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
                double s = max3(Math.abs(theta), Math.abs(dx), Math.abs(dp));
                double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dx / s) * (dp / s));
                if (stp > stx) {
                    gamma = -gamma;
                }
                double p = (gamma - dp) + theta;
                double q = ((gamma - dp) + gamma) + dx;
                double r = p / q;
                double stpc = stp + r * (stx - stp);
                double stpq = stp + (dp / (dp - dx)) * (stx - stp);
                stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                bracketed = true;
            } else if (Math.abs(dp) < Math.abs(dx)) {
                // Case 3: lower function value, same-sign derivatives, and the derivative decreases.
                double theta = 3 * (fx - fp) / (stp - stx) + dx + dp;
                double s = max3(Math.abs(theta), Math.abs(dx), Math.abs(dp));
                double gamma = s * Math.sqrt(Math.max(0, (theta / s) * (theta / s) - (dx / s) * (dp / s)));
                if (stp > stx) {
                    gamma = -gamma;
                }
                double p = (gamma - dp) + theta;
                double q = (gamma + (dx - dp)) + gamma;
                double r = p / q;
                double stpc;
                if (r < 0 && gamma != 0) {
                    stpc = stp + r * (stx - stp);
                } else if (stp > stx) {
                    stpc = stpmax;
                } else {
                    stpc = stpmin;
                }
                double stpq = stp + (dp / (dp - dx)) * (stx - stp);
                if (bracketed) {
                    stpf = Math.abs(stpc - stp) < Math.abs(stpq - stp) ? stpc : stpq;
                    if (stp > stx) {
                        stpf = Math.min(stp + 0.66 * (sty - stp), stpf);
                    } else {
                        stpf = Math.max(stp + 0.66 * (sty - stp), stpf);
                    }
                } else {
                    stpf = Math.abs(stpc - stp) > Math.abs(stpq - stp) ? stpc : stpq;
                    stpf = Math.min(stpmax, stpf);
                    stpf = Math.max(stpmin, stpf);
                }
            } else {
                // Case 4: lower function value, same-sign derivatives, derivative does not decrease.
                if (bracketed) {
                    double theta = 3 * (fp - fy) / (sty - stp) + dy + dp;
                    double s = max3(Math.abs(theta), Math.abs(dy), Math.abs(dp));
                    double gamma = s * Math.sqrt((theta / s) * (theta / s) - (dy / s) * (dp / s));
                    if (stp > sty) {
                        gamma = -gamma;
                    }
                    double p = (gamma - dp) + theta;
                    double q = ((gamma - dp) + gamma) + dy;
                    double r = p / q;
                    stpf = stp + r * (sty - stp);
                } else if (stp > stx) {
                    stpf = stpmax;
                } else {
                    stpf = stpmin;
                }
            }

            if (fp > fx) {
                sty = stp;
                fy = fp;
                dy = dp;
            } else {
                if (sgnd < 0) {
                    sty = stx;
                    fy = fx;
                    dy = dx;
                }
                stx = stp;
                fx = fp;
                dx = dp;
            }
            return stpf;
        }

        private static double max3(double a, double b, double c) {
            return Math.max(a, Math.max(b, c));
        }
    }
}

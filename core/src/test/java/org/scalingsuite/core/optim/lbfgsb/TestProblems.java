package org.scalingsuite.core.optim.lbfgsb;

import org.scalingsuite.core.optim.DifferentiableFunction;

/**
 * Standard unconstrained test problems with known minimizers, from J. J. Moré, B. S. Garbow, K. E. Hillstrom,
 * "Testing unconstrained optimization software", ACM Trans. Math. Softw. 7(1), 1981, 17-41 (problem numbers
 * below), with analytic gradients written out by hand.
 */
final class TestProblems {

    private TestProblems() {
    }

    /** MGH problem 1, Rosenbrock: f = 100 (x2 - x1^2)^2 + (1 - x1)^2; minimum f = 0 at (1, 1). */
    static DifferentiableFunction rosenbrock() {
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                double a = x[1] - x[0] * x[0];
                double b = 1 - x[0];
                g[0] = -400 * x[0] * a - 2 * b;
                g[1] = 200 * a;
                return 100 * a * a + b * b;
            }
        };
    }

    /**
     * MGH problem 21, extended Rosenbrock: the sum of n/2 independent Rosenbrock functions of
     * (x_{2i-1}, x_{2i}); minimum f = 0 at (1, ..., 1); standard start (-1.2, 1, -1.2, 1, ...).
     */
    static DifferentiableFunction extendedRosenbrock(int n) {
        if (n % 2 != 0) {
            throw new IllegalArgumentException("n must be even: " + n);
        }
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return n;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                double f = 0;
                for (int i = 0; i < n; i += 2) {
                    double a = x[i + 1] - x[i] * x[i];
                    double b = 1 - x[i];
                    f += 100 * a * a + b * b;
                    g[i] = -400 * x[i] * a - 2 * b;
                    g[i + 1] = 200 * a;
                }
                return f;
            }
        };
    }

    /** The standard start of the extended Rosenbrock function. */
    static double[] extendedRosenbrockStart(int n) {
        double[] x = new double[n];
        for (int i = 0; i < n; i += 2) {
            x[i] = -1.2;
            x[i + 1] = 1;
        }
        return x;
    }

    /**
     * MGH problem 5, Beale: f = sum_{i=1..3} (c_i - x1 (1 - x2^i))^2 with c = (1.5, 2.25, 2.625); minimum
     * f = 0 at (3, 0.5); standard start (1, 1).
     */
    static DifferentiableFunction beale() {
        double[] c = {1.5, 2.25, 2.625};
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                double f = 0;
                g[0] = 0;
                g[1] = 0;
                for (int i = 1; i <= 3; i++) {
                    double power = Math.pow(x[1], i);
                    double r = c[i - 1] - x[0] * (1 - power);
                    f += r * r;
                    g[0] += 2 * r * (power - 1);
                    g[1] += 2 * r * x[0] * i * Math.pow(x[1], i - 1);
                }
                return f;
            }
        };
    }

    /**
     * MGH problem 14, Wood: f = 100 (x2 - x1^2)^2 + (1 - x1)^2 + 90 (x4 - x3^2)^2 + (1 - x3)^2
     * + 10.1 ((x2 - 1)^2 + (x4 - 1)^2) + 19.8 (x2 - 1)(x4 - 1); minimum f = 0 at (1, 1, 1, 1); standard start
     * (-3, -1, -3, -1).
     */
    static DifferentiableFunction wood() {
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return 4;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                double a = x[1] - x[0] * x[0];
                double b = 1 - x[0];
                double c = x[3] - x[2] * x[2];
                double d = 1 - x[2];
                double u = x[1] - 1;
                double w = x[3] - 1;
                g[0] = -400 * x[0] * a - 2 * b;
                g[1] = 200 * a + 20.2 * u + 19.8 * w;
                g[2] = -360 * x[2] * c - 2 * d;
                g[3] = 180 * c + 20.2 * w + 19.8 * u;
                return 100 * a * a + b * b + 90 * c * c + d * d + 10.1 * (u * u + w * w) + 19.8 * u * w;
            }
        };
    }

    /** A separable convex quadratic f = sum_i c_i (x_i - t_i)^2 with c_i &gt; 0. */
    static DifferentiableFunction separableQuadratic(double[] curvature, double[] target) {
        return new DifferentiableFunction() {
            @Override
            public int dimension() {
                return target.length;
            }

            @Override
            public double valueAndGradient(double[] x, double[] g) {
                double f = 0;
                for (int i = 0; i < target.length; i++) {
                    double r = x[i] - target[i];
                    f += curvature[i] * r * r;
                    g[i] = 2 * curvature[i] * r;
                }
                return f;
            }
        };
    }

    /** @return f(x) alone. */
    static double value(DifferentiableFunction f, double[] x) {
        return f.valueAndGradient(x, new double[x.length]);
    }

    /** @return the gradient at x. */
    static double[] gradient(DifferentiableFunction f, double[] x) {
        double[] g = new double[x.length];
        f.valueAndGradient(x, g);
        return g;
    }
}

package org.scalingsuite.core.compare;

/**
 * Non-negative least squares with at most three columns, solved exactly by enumerating the active sets:
 * minimise {@code |y - X z|^2} subject to {@code z >= 0}. The optimum is the unconstrained least-squares
 * solution on its own passive set, and that solution is feasible, so the best feasible solution over the
 * 2^k - 1 non-empty column subsets (or z = 0) is the optimum (Lawson and Hanson, "Solving Least Squares
 * Problems", 1974, ch. 23, whose active-set algorithm reaches the same point). Each subset is solved by its
 * normal equations with partial pivoting; subsets whose Gram matrix is numerically singular are skipped.
 *
 * <p>Instances keep scratch buffers: use one per thread.
 */
final class ThreeColumnNnls {

    private final double[] gram = new double[9];
    private final double[] rhs = new double[3];
    private final double[] solution = new double[3];
    private final double[] trial = new double[3];
    private double ssr;

    /**
     * Solves the problem for the columns {@code x[j][i]}, {@code j < k <= 3}.
     *
     * @return the minimal sum of squared residuals; the solution is in {@link #solution()}
     */
    double solve(double[][] x, int k, double[] y) {
        int n = y.length;
        for (int a = 0; a < k; a++) {
            double r = 0;
            for (int i = 0; i < n; i++) {
                r += x[a][i] * y[i];
            }
            rhs[a] = r;
            for (int b = a; b < k; b++) {
                double g = 0;
                for (int i = 0; i < n; i++) {
                    g += x[a][i] * x[b][i];
                }
                gram[3 * a + b] = g;
                gram[3 * b + a] = g;
            }
        }
        double best = 0;
        for (double v : y) {
            best += v * v;
        }
        java.util.Arrays.fill(solution, 0);
        for (int mask = 1; mask < (1 << k); mask++) {
            if (!solveSubset(mask, k)) {
                continue;
            }
            double s = residualSum(x, k, y, trial);
            if (s < best) {
                best = s;
                System.arraycopy(trial, 0, solution, 0, 3);
            }
        }
        ssr = best;
        return best;
    }

    /** @return the last solution (zeros for columns at their bound). */
    double[] solution() {
        return solution.clone();
    }

    double lastSsr() {
        return ssr;
    }

    private boolean solveSubset(int mask, int k) {
        int[] idx = new int[3];
        int m = 0;
        for (int j = 0; j < k; j++) {
            if ((mask & (1 << j)) != 0) {
                idx[m++] = j;
            }
        }
        double[][] a = new double[m][m + 1];
        double scale = 0;
        for (int r = 0; r < m; r++) {
            for (int c = 0; c < m; c++) {
                a[r][c] = gram[3 * idx[r] + idx[c]];
            }
            a[r][m] = rhs[idx[r]];
            scale = Math.max(scale, Math.abs(a[r][r]));
        }
        if (!(scale > 0)) {
            return false;
        }
        for (int col = 0; col < m; col++) {
            int pivot = col;
            for (int r = col + 1; r < m; r++) {
                if (Math.abs(a[r][col]) > Math.abs(a[pivot][col])) {
                    pivot = r;
                }
            }
            if (Math.abs(a[pivot][col]) <= 1e-13 * scale) {
                return false;
            }
            double[] t = a[col];
            a[col] = a[pivot];
            a[pivot] = t;
            for (int r = col + 1; r < m; r++) {
                double f = a[r][col] / a[col][col];
                for (int c = col; c <= m; c++) {
                    a[r][c] -= f * a[col][c];
                }
            }
        }
        java.util.Arrays.fill(trial, 0);
        for (int r = m - 1; r >= 0; r--) {
            double s = a[r][m];
            for (int c = r + 1; c < m; c++) {
                s -= a[r][c] * trial[idx[c]];
            }
            double z = s / a[r][r];
            if (!(z >= 0) || !Double.isFinite(z)) {
                return false;
            }
            trial[idx[r]] = z;
        }
        return true;
    }

    private static double residualSum(double[][] x, int k, double[] y, double[] z) {
        double s = 0;
        for (int i = 0; i < y.length; i++) {
            double r = y[i];
            for (int j = 0; j < k; j++) {
                r -= z[j] * x[j][i];
            }
            s += r * r;
        }
        return s;
    }
}

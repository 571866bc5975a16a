package org.scalingsuite.core.optim.lbfgsb;

/**
 * The compact limited-memory BFGS approximation of the Hessian,
 *
 * <pre>
 *   B = theta I - W M W',   W = [Y, theta S],   M = K^-1,   K = [[-D, L'], [L, theta S'S]],
 * </pre>
 *
 * where S and Y hold the last {@code m} steps s_i and gradient changes y_i (oldest first), D = diag(s_i'y_i)
 * and L is the strictly lower triangle of S'Y ({@code L_ij = s_i'y_j, i > j}); theta = y'y / s'y of the
 * newest pair.
 *
 * <p>Products with M use the Cholesky factor J of T = theta S'S + L D^-1 L' (symmetric positive definite):
 * for {@code K p = v}, {@code T p2 = v2 + L D^-1 v1} and {@code p1 = D^-1 (L' p2 - v1)}.
 *
 * <p>The products with M, and so S'S and the off-diagonal S'Y, serve only the bounded steps (the Cauchy point
 * and the subspace minimization). A matrix built without {@code crossProducts} keeps just the pairs and their
 * curvatures s_i'y_i, which is all {@link #multiplyInverse} needs, and saves the O(m n) products per update.
 *
 * <p>Reference: R. H. Byrd, J. Nocedal, R. B. Schnabel, "Representations of quasi-Newton matrices and their
 * use in limited memory methods", Math. Programming 63, 1994, 129-156; and section 3 of Byrd, Lu, Nocedal,
 * Zhu (1995).
 */
final class CompactLbfgsMatrix {

    private final int n;
    private final int m;
    private final boolean crossProducts;
    /** s_j stored at s[(head + j) % m], j = 0 oldest. */
    private final double[][] s;
    private final double[][] y;
    /** curvature[q] = s'y of the pair in storage slot q. */
    private final double[] curvature;
    /** ss[i][j] = s_i's_j and sy[i][j] = s_i'y_j in logical (oldest first) order. */
    private final double[][] ss;
    private final double[][] sy;
    /** Cholesky factor (upper triangle, T = J'J stored as R with T = R'R) of T. */
    private final double[][] chol;
    private final double[] scratch;
    private final double[] alphaScratch;
    private int head;
    private int count;
    private double theta = 1;
    private boolean factored;

    /**
     * @param n             the number of variables
     * @param m             the number of correction pairs kept
     * @param crossProducts whether to keep S'S and S'Y for the products with M (needed only with bounds)
     */
    CompactLbfgsMatrix(int n, int m, boolean crossProducts) {
        this.n = n;
        this.m = m;
        this.crossProducts = crossProducts;
        this.s = new double[m][n];
        this.y = new double[m][n];
        this.curvature = new double[m];
        int k = crossProducts ? m : 0;
        this.ss = new double[k][k];
        this.sy = new double[k][k];
        this.chol = new double[k][k];
        this.scratch = new double[m];
        this.alphaScratch = new double[m];
    }

    /** @return the number of stored correction pairs ("col" in L-BFGS-B). */
    int size() {
        return count;
    }

    double theta() {
        return theta;
    }

    /** Discards every correction pair: B becomes the identity. */
    void reset() {
        count = 0;
        head = 0;
        theta = 1;
        factored = false;
    }

    /** @return the storage slot of logical index j (0 = oldest), without an integer division. */
    private int slot(int j) {
        int q = head + j;
        return q >= m ? q - m : q;
    }

    /** @return s_j (logical index, 0 = oldest); the array is internal, not to be modified. */
    double[] s(int j) {
        return s[slot(j)];
    }

    double[] y(int j) {
        return y[slot(j)];
    }

    /** @return component i of row i of W for column c: c < count gives y_c[i], otherwise theta * s_{c-count}[i]. */
    double w(int i, int c) {
        return c < count ? y(c)[i] : theta * s(c - count)[i];
    }

    /**
     * Adds the pair (s, y) with s'y = {@code sy} and y'y = {@code yy}, dropping the oldest when full. The
     * factorization of T is formed lazily by {@link #factorIfNeeded()}.
     */
    void update(double[] sNew, double[] yNew, double syNew, double yy) {
        if (count == m) {
            head = head + 1 == m ? 0 : head + 1;
            count--;
            for (int i = 0; crossProducts && i < count; i++) {
                System.arraycopy(ss[i + 1], 1, ss[i], 0, count);
                System.arraycopy(sy[i + 1], 1, sy[i], 0, count);
            }
        }
        int slot = slot(count);
        System.arraycopy(sNew, 0, s[slot], 0, n);
        System.arraycopy(yNew, 0, y[slot], 0, n);
        curvature[slot] = syNew;
        theta = yy / syNew;
        factored = false;
        int k = count;
        count++;
        if (!crossProducts) {
            return;
        }
        for (int j = 0; j < count; j++) {
            double[] sj = s(j);
            double[] yj = y(j);
            double sjs = 0;
            double sky = 0;
            double sjy = 0;
            for (int i = 0; i < n; i++) {
                sjs += sj[i] * sNew[i];
                sky += sNew[i] * yj[i];
                sjy += sj[i] * yNew[i];
            }
            ss[k][j] = sjs;
            ss[j][k] = sjs;
            sy[k][j] = sky;
            sy[j][k] = sjy;
        }
        sy[k][k] = syNew;
    }

    /**
     * Forms T = theta S'S + L D^-1 L' and its Cholesky factor R (T = R'R, R upper triangular) unless the
     * current memory is already factored.
     *
     * @return false when T is not positive definite (the caller should reset the memory)
     */
    boolean factorIfNeeded() {
        if (factored || count == 0) {
            return true;
        }
        requireCrossProducts();
        factored = factor();
        return factored;
    }

    private boolean factor() {
        int c = count;
        for (int i = 0; i < c; i++) {
            for (int j = i; j < c; j++) {
                double sum = 0;
                int kmax = Math.min(i, j);
                for (int k = 0; k < kmax; k++) {
                    sum += sy[i][k] * sy[j][k] / sy[k][k];
                }
                chol[i][j] = sum + theta * ss[i][j];
            }
        }
        for (int j = 0; j < c; j++) {
            double diag = chol[j][j];
            for (int k = 0; k < j; k++) {
                diag -= chol[k][j] * chol[k][j];
            }
            if (!(diag > 0)) {
                return false;
            }
            double rjj = Math.sqrt(diag);
            chol[j][j] = rjj;
            for (int i = j + 1; i < c; i++) {
                double v = chol[j][i];
                for (int k = 0; k < j; k++) {
                    v -= chol[k][j] * chol[k][i];
                }
                chol[j][i] = v / rjj;
            }
        }
        return true;
    }

    /**
     * Computes {@code out = B^-1 v} by the L-BFGS two-loop recursion with initial matrix I / theta, which
     * equals the inverse of the compact matrix B (Nocedal and Wright, Numerical Optimization, Alg. 7.4).
     */
    void multiplyInverse(double[] v, double[] out) {
        System.arraycopy(v, 0, out, 0, n);
        for (int j = count - 1; j >= 0; j--) {
            int q = slot(j);
            double[] sj = s[q];
            double[] yj = y[q];
            double a = 0;
            for (int i = 0; i < n; i++) {
                a += sj[i] * out[i];
            }
            a /= curvature[q];
            alphaScratch[j] = a;
            for (int i = 0; i < n; i++) {
                out[i] -= a * yj[i];
            }
        }
        double inv = 1 / theta;
        for (int i = 0; i < n; i++) {
            out[i] *= inv;
        }
        for (int j = 0; j < count; j++) {
            int q = slot(j);
            double[] sj = s[q];
            double[] yj = y[q];
            double b = 0;
            for (int i = 0; i < n; i++) {
                b += yj[i] * out[i];
            }
            b = alphaScratch[j] - b / curvature[q];
            for (int i = 0; i < n; i++) {
                out[i] += b * sj[i];
            }
        }
    }

    private void requireCrossProducts() {
        if (!crossProducts) {
            throw new IllegalStateException("built without cross products: products with M are not available");
        }
    }

    /**
     * Computes {@code out = M v} for v of length 2 * size(); requires {@link #factorIfNeeded()} first.
     */
    void multiplyM(double[] v, double[] out) {
        int c = count;
        if (c == 0) {
            return;
        }
        requireCrossProducts();
        // p2 = T^-1 (v2 + L D^-1 v1)
        double[] p2 = scratch;
        for (int i = 0; i < c; i++) {
            double sum = v[c + i];
            for (int k = 0; k < i; k++) {
                sum += sy[i][k] * v[k] / sy[k][k];
            }
            p2[i] = sum;
        }
        // Solve R' z = p2 then R p2 = z.
        for (int i = 0; i < c; i++) {
            double sum = p2[i];
            for (int k = 0; k < i; k++) {
                sum -= chol[k][i] * p2[k];
            }
            p2[i] = sum / chol[i][i];
        }
        for (int i = c - 1; i >= 0; i--) {
            double sum = p2[i];
            for (int k = i + 1; k < c; k++) {
                sum -= chol[i][k] * p2[k];
            }
            p2[i] = sum / chol[i][i];
        }
        // p1 = D^-1 (L' p2 - v1)
        for (int i = 0; i < c; i++) {
            double sum = -v[i];
            for (int k = i + 1; k < c; k++) {
                sum += sy[k][i] * p2[k];
            }
            out[i] = sum / sy[i][i];
        }
        System.arraycopy(p2, 0, out, c, c);
    }

    /**
     * Fills {@code k} with K = [[-D, L'], [L, theta S'S]] (2c x 2c), the inverse of M.
     */
    void middleInverse(double[][] k) {
        requireCrossProducts();
        int c = count;
        for (int i = 0; i < c; i++) {
            for (int j = 0; j < c; j++) {
                k[i][j] = i == j ? -sy[i][i] : 0;
                // Upper-right block L': (L')_ij = L_ji = s_j'y_i for j > i.
                k[i][c + j] = j > i ? sy[j][i] : 0;
                // Lower-left block L: L_ij = s_i'y_j for i > j.
                k[c + i][j] = i > j ? sy[i][j] : 0;
                k[c + i][c + j] = theta * ss[i][j];
            }
        }
    }
}

package org.scalingsuite.reproductions.flp;

/**
 * Ordinary least squares for a straight line {@code y = intercept + slope x}, in closed form:
 * {@code slope = S_xy / S_xx}, {@code intercept = mean(y) - slope mean(x)}, with the sums of squares taken
 * about the means (two passes, so large offsets such as {@code ln C ~ 50} lose no precision).
 *
 * @param intercept             the fitted intercept
 * @param slope                 the fitted slope
 * @param points                the number of points
 * @param residualSumOfSquares  sum of squared residuals
 * @param rSquared              coefficient of determination, {@code 1 - RSS / S_yy}
 */
public record LinearFit(double intercept, double slope, int points, double residualSumOfSquares,
        double rSquared) {

    /**
     * @throws IllegalArgumentException for fewer than two points, unequal lengths, non-finite values or
     *                                  constant x
     */
    public static LinearFit of(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException(x.length + " x values but " + y.length + " y values");
        }
        int n = x.length;
        if (n < 2) {
            throw new IllegalArgumentException("a line needs at least two points, got " + n);
        }
        double mx = 0;
        double my = 0;
        for (int i = 0; i < n; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new IllegalArgumentException("point " + i + " is not finite: (" + x[i] + ", " + y[i] + ")");
            }
            mx += x[i];
            my += y[i];
        }
        mx /= n;
        my /= n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int i = 0; i < n; i++) {
            double dx = x[i] - mx;
            double dy = y[i] - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        if (!(sxx > 0)) {
            throw new IllegalArgumentException("x is constant: the slope is undetermined");
        }
        double slope = sxy / sxx;
        double intercept = my - slope * mx;
        double rss = 0;
        for (int i = 0; i < n; i++) {
            double r = y[i] - (intercept + slope * x[i]);
            rss += r * r;
        }
        double r2 = syy > 0 ? 1 - rss / syy : 1;
        return new LinearFit(intercept, slope, n, rss, r2);
    }

    /** @return intercept + slope x. */
    public double predict(double x) {
        return intercept + slope * x;
    }
}

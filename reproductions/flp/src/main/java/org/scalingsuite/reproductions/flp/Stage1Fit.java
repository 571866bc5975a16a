package org.scalingsuite.reproductions.flp;

/**
 * A fitted FLP stage 1, {@code L(C) = (C / C_N)^alpha_N} ({@link ComputeLossLaw}), from ordinary least
 * squares of {@code ln L} on {@code ln C}: {@code ln L = b + alpha_N ln C}, so {@code alpha_N} is the slope
 * and {@code C_N = exp(-b / alpha_N)}.
 *
 * @param alphaN the exponent alpha_N (negative)
 * @param cN     the compute scale C_N (FLOP)
 * @param line   the log-log line fit (intercept b, slope alpha_N, R^2 in log space)
 */
public record Stage1Fit(double alphaN, double cN, LinearFit line) {

    /** Fits the law to final checkpoints with compute {@code c} (FLOP) and loss {@code loss} (nats). */
    public static Stage1Fit fit(double[] c, double[] loss) {
        double[] lnC = new double[c.length];
        double[] lnL = new double[loss.length];
        for (int i = 0; i < c.length; i++) {
            if (!(c[i] > 0) || !(i < loss.length && loss[i] > 0)) {
                throw new IllegalArgumentException("point " + i + ": compute and loss must be positive");
            }
            lnC[i] = Math.log(c[i]);
            lnL[i] = Math.log(loss[i]);
        }
        LinearFit line = LinearFit.of(lnC, lnL);
        return new Stage1Fit(line.slope(), Math.exp(-line.intercept() / line.slope()), line);
    }

    /** @return the predicted loss at compute {@code c}: exp(b + alpha_N ln C). */
    public double predict(double c) {
        return Math.exp(line.predict(Math.log(c)));
    }

    /** @return (C_N, alpha_N), the parameters of {@link ComputeLossLaw}. */
    public double[] parameters() {
        return new double[] {cN, alphaN};
    }
}

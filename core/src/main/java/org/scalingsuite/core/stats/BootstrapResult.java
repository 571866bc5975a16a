package org.scalingsuite.core.stats;

import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Parameter estimates over bootstrap resamples, one row per resample, with each resample's convergence
 * flag. Statistics use every resample unless {@link #convergedOnly()} is applied first; the number of
 * non-converged fits is always available.
 *
 * @param parameterNames column names
 * @param estimates      estimates[r][j] for resample r and parameter j
 * @param converged      whether resample r's fit converged
 */
public record BootstrapResult(List<String> parameterNames, double[][] estimates, boolean[] converged) {

    public BootstrapResult {
        parameterNames = List.copyOf(parameterNames);
        estimates = Arrays.stream(estimates).map(double[]::clone).toArray(double[][]::new);
        converged = converged.clone();
        if (estimates.length != converged.length) {
            throw new IllegalArgumentException(estimates.length + " estimates for " + converged.length + " flags");
        }
    }

    /** @return the number of resamples. */
    public int resamples() {
        return estimates.length;
    }

    /** @return the number of resamples whose fit did not converge. */
    public int failures() {
        int count = 0;
        for (boolean c : converged) {
            if (!c) {
                count++;
            }
        }
        return count;
    }

    /** @return the estimates of parameter {@code j} over all resamples. */
    public double[] column(int j) {
        double[] col = new double[estimates.length];
        for (int r = 0; r < col.length; r++) {
            col[r] = estimates[r][j];
        }
        return col;
    }

    /** @return the estimates of the named parameter. */
    public double[] column(String name) {
        int j = parameterNames.indexOf(name);
        if (j < 0) {
            throw new IllegalArgumentException("no parameter '" + name + "' in " + parameterNames);
        }
        return column(j);
    }

    /**
     * @return sample standard deviations with {@code ddof = 1}, the square roots of the diagonal of
     *         {@code np.cov}
     */
    public double[] standardErrors() {
        int k = parameterNames.size();
        double[] se = new double[k];
        for (int j = 0; j < k; j++) {
            se[j] = standardDeviation(column(j));
        }
        return se;
    }

    /** @return the sample standard deviation (ddof = 1) of {@code values}. */
    public static double standardDeviation(double[] values) {
        double mean = 0;
        for (double v : values) {
            mean += v;
        }
        mean /= values.length;
        double ss = 0;
        for (double v : values) {
            ss += (v - mean) * (v - mean);
        }
        return Math.sqrt(ss / (values.length - 1));
    }

    /** @return the {@code q}-th percentile (numpy linear) of every parameter. */
    public double[] percentile(double q) {
        int k = parameterNames.size();
        double[] out = new double[k];
        for (int j = 0; j < k; j++) {
            out[j] = Percentiles.percentile(column(j), q);
        }
        return out;
    }

    /**
     * @return the equal-tailed percentile interval {@code [lower, upper]} for every parameter, as
     *         {@code interval[j] = {P_(50 - 50 level), P_(50 + 50 level)}}
     */
    public double[][] percentileInterval(double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1): " + level);
        }
        double[] lo = percentile(50 * (1 - level));
        double[] hi = percentile(50 * (1 + level));
        double[][] out = new double[lo.length][];
        for (int j = 0; j < lo.length; j++) {
            out[j] = new double[] {lo[j], hi[j]};
        }
        return out;
    }

    /** @return the sample covariance matrix (ddof = 1) of the estimates. */
    public double[][] covariance() {
        int k = parameterNames.size();
        int n = estimates.length;
        double[] mean = new double[k];
        for (double[] row : estimates) {
            for (int j = 0; j < k; j++) {
                mean[j] += row[j] / n;
            }
        }
        double[][] cov = new double[k][k];
        for (double[] row : estimates) {
            for (int i = 0; i < k; i++) {
                for (int j = 0; j < k; j++) {
                    cov[i][j] += (row[i] - mean[i]) * (row[j] - mean[j]);
                }
            }
        }
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                cov[i][j] /= n - 1;
            }
        }
        return cov;
    }

    /** @return the result transformed row by row (e.g. log-parameters to direct ones), with new names. */
    public BootstrapResult map(List<String> names, UnaryOperator<double[]> transform) {
        double[][] mapped = new double[estimates.length][];
        for (int r = 0; r < mapped.length; r++) {
            mapped[r] = transform.apply(estimates[r].clone());
        }
        return new BootstrapResult(names, mapped, converged);
    }

    /** @return only the resamples whose fit converged. */
    public BootstrapResult convergedOnly() {
        int kept = resamples() - failures();
        double[][] rows = new double[kept][];
        boolean[] flags = new boolean[kept];
        int k = 0;
        for (int r = 0; r < estimates.length; r++) {
            if (converged[r]) {
                rows[k] = estimates[r];
                flags[k++] = true;
            }
        }
        return new BootstrapResult(parameterNames, rows, flags);
    }

    @Override
    public double[][] estimates() {
        return Arrays.stream(estimates).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public boolean[] converged() {
        return converged.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BootstrapResult b && parameterNames.equals(b.parameterNames)
                && Arrays.deepEquals(estimates, b.estimates) && Arrays.equals(converged, b.converged);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(estimates);
    }

    @Override
    public String toString() {
        return "BootstrapResult[" + resamples() + " resamples of " + parameterNames + ", " + failures()
                + " not converged]";
    }
}

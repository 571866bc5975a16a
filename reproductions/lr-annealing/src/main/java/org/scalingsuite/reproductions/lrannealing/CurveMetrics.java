package org.scalingsuite.reproductions.lrannealing;

import java.util.List;

/**
 * Accuracy of a predicted loss curve, as the Multi-Power-Law evaluation defines it (per curve; a set of curves is
 * summarised by the unweighted mean over curves, {@link #mean}):
 *
 * <pre>
 *   R^2    = 1 - sum (L - P)^2 / sum (L - mean L)^2
 *   MAE    = mean |L - P|
 *   RMSE   = sqrt(mean (L - P)^2)
 *   PredE  = mean |L - P| / L
 *   WorstE = max  |L - P| / L
 * </pre>
 *
 * plus the relative error of the last point, {@code |L - P| / L} at the final step.
 *
 * @param r2         coefficient of determination
 * @param mae        mean absolute error (nats)
 * @param rmse       root-mean-square error (nats)
 * @param predE      mean relative error
 * @param worstE     largest relative error
 * @param finalError relative error at the last observed step
 */
public record CurveMetrics(double r2, double mae, double rmse, double predE, double worstE, double finalError) {

    /** @return the metrics of predictions {@code predicted} of observations {@code observed}. */
    public static CurveMetrics of(double[] observed, double[] predicted) {
        int n = observed.length;
        if (n == 0 || predicted.length != n) {
            throw new IllegalArgumentException(n + " observations, " + predicted.length + " predictions");
        }
        double mean = 0;
        for (double v : observed) {
            mean += v;
        }
        mean /= n;
        double ssRes = 0;
        double ssTot = 0;
        double abs = 0;
        double rel = 0;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            double d = observed[i] - predicted[i];
            ssRes += d * d;
            ssTot += (observed[i] - mean) * (observed[i] - mean);
            abs += Math.abs(d);
            double r = Math.abs(d) / observed[i];
            rel += r;
            worst = Math.max(worst, r);
        }
        double last = Math.abs(observed[n - 1] - predicted[n - 1]) / observed[n - 1];
        return new CurveMetrics(1 - ssRes / ssTot, abs / n, Math.sqrt(ssRes / n), rel / n, worst, last);
    }

    /** @return the unweighted mean of each metric over curves; {@code finalError} is the largest one. */
    public static CurveMetrics mean(List<CurveMetrics> curves) {
        int n = curves.size();
        double r2 = 0;
        double mae = 0;
        double rmse = 0;
        double predE = 0;
        double worstE = 0;
        double last = 0;
        for (CurveMetrics m : curves) {
            r2 += m.r2;
            mae += m.mae;
            rmse += m.rmse;
            predE += m.predE;
            worstE += m.worstE;
            last = Math.max(last, m.finalError);
        }
        return new CurveMetrics(r2 / n, mae / n, rmse / n, predE / n, worstE / n, last);
    }
}

package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.scalingsuite.core.fit.FitResult;
import org.scalingsuite.core.report.Axis;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.ParameterEstimate;
import org.scalingsuite.core.report.ParameterTable;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Series;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.reproductions.criticalbatchsize.data.ZhangRun;

/**
 * Zhang et al. (2024): McCandlish's S(B) per model fitted in log space to the steps-to-target table, their CBS
 * (sequences of 512 tokens) and its power law in model size; the unweighted linear-space fit for contrast.
 */
final class ZhangSection {

    /** Claim id suffixes, in table order. */
    static final List<String> MODELS = List.of("85M", "151M", "302M", "604M", "1.2B");

    private ZhangSection() {
    }

    static void contribute(ReproductionReport.Builder report, List<ZhangRun> runs, List<ZhangModelFit> fits,
            PublishedValues published) {
        double[] publishedCbs = MODELS.stream().mapToDouble(m -> published.of("zhang.cbs." + m)).toArray();
        if (fits.size() != MODELS.size()) {
            throw new IllegalStateException("expected the five models " + MODELS + ", found " + fits.size());
        }
        for (int i = 0; i < fits.size(); i++) {
            ZhangModelFit f = fits.get(i);
            if (!f.model().equals(MODELS.get(i))) {
                throw new IllegalStateException("model " + i + " is " + f.model() + ", expected " + MODELS.get(i));
            }
            report.value("zhang.cbs." + f.model(), f.criticalBatchSequences());
        }
        FitResult power = ZhangCbsFit.fitPowerLaw(fits);
        double coef = power.parameter("A");
        double exponent = -power.parameter("alpha");
        report.value("zhang.powerlaw.coefficient", coef);
        report.value("zhang.powerlaw.exponent", exponent);

        long differing = runs.stream().filter(r -> r.steps() != r.rawQuerySteps()).count();
        report.table(fitTable(fits, publishedCbs));
        report.parameters(new ParameterTable("zhang-cbs-powerlaw", "Zhang et al.: CBS against model size",
                "CBS(N) = a N^b, CBS in sequences of 512 tokens, N in millions of parameters",
                "least squares on log CBS (Levenberg-Marquardt) over the five models' log-space CBS",
                Double.NaN, List.of(new ParameterEstimate("a", coef, Double.NaN, Double.NaN, Double.NaN, published.of("zhang.powerlaw.coefficient")),
                        new ParameterEstimate("b", exponent, Double.NaN, Double.NaN, Double.NaN, published.of("zhang.powerlaw.exponent")))));
        report.figure(stepsChart(runs, fits));
        report.figure(cbsChart(fits, coef, exponent, publishedCbs));
        ZhangModelFit m302 = fits.get(2);
        report.note("Fitting space matters: an unweighted least-squares fit of S = S_min + E_min/B in linear space is "
                + "dominated by the small-batch rows (up to " + String.format(Locale.ROOT, "%,.0f",
                        runs.stream().mapToDouble(ZhangRun::steps).max().orElseThrow()) + " steps) and gives CBS = "
                + String.format(Locale.ROOT, "%.0f", m302.linearCriticalBatchSequences())
                + " sequences for the 302M model instead of " + String.format(Locale.ROOT, "%.1f",
                        m302.criticalBatchSequences())
                + " from the log-space fit (all five in the table of S(B) fits); a relative-error-weighted linear "
                + "solve lands close to the log-space fit and is used as its start.");
        report.note("Zhang et al.'s table holds " + runs.size() + " rows (5 models x 9 batch sizes, sequences of 512 "
                + "tokens); the fits use the hand-curated final steps, which differ from the raw wandb query in "
                + differing + " rows. Zhang's CBS (20% over linear scaling from B_0 = 256) is 0.2 E_min/S_min + 307.2 "
                + "sequences, a fixed fraction of McCandlish's B_crit = E_min/S_min plus an offset.");
    }

    private static Table fitTable(List<ZhangModelFit> fits, double[] publishedCbs) {
        Table.Builder t = Table.builder("zhang-fits", "Zhang et al.: S(B) = S_min + E_min/B per model",
                        "model", "target C4 loss (nats/token)", "S_min (steps)", "E_min (sequences)",
                        "B_crit = E_min/S_min (sequences)", "B_crit (tokens)", "CBS (sequences)", "CBS (tokens)",
                        "CBS published (sequences)", "CBS, unweighted linear fit (sequences)", "RMS log residual")
                .caption("Log-space least squares (Levenberg-Marquardt) on the nine batch sizes 64-16384 sequences of "
                        + "512 tokens; CBS = 0.2 E_min/S_min + 1.2 x 256. Published: the authors' notebook output.");
        for (int i = 0; i < fits.size(); i++) {
            ZhangModelFit f = fits.get(i);
            t.row(f.model(), f.targetLoss(), f.logFit().minSteps(), f.logFit().minExamples(),
                    f.logFit().criticalBatch(), f.mcCandlishCriticalBatchTokens(), f.criticalBatchSequences(),
                    f.criticalBatchSequences() * f.sequenceLength(), publishedCbs[i],
                    f.linearCriticalBatchSequences(), f.rmsLogResidual());
        }
        return t.build();
    }

    private static Chart stepsChart(List<ZhangRun> runs, List<ZhangModelFit> fits) {
        List<Series> series = new ArrayList<>();
        int n = 61;
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
            b[i] = 64 * Math.pow(2, 8.0 * i / (n - 1));
        }
        double[] cbsX = new double[fits.size()];
        double[] cbsY = new double[fits.size()];
        for (int m = 0; m < fits.size(); m++) {
            ZhangModelFit f = fits.get(m);
            double[] s = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = f.logFit().steps(b[i]);
            }
            List<ZhangRun> rows = runs.stream().filter(r -> r.model().equals(f.model())).toList();
            series.add(new Series(f.model() + " runs", Series.Style.POINTS,
                    rows.stream().mapToDouble(ZhangRun::batchSequences).toArray(),
                    rows.stream().mapToDouble(ZhangRun::steps).toArray()).inGroup(f.model()));
            series.add(new Series(f.model() + " fit", Series.Style.LINE, b, s).inGroup(f.model()));
            cbsX[m] = f.criticalBatchSequences();
            cbsY[m] = f.logFit().steps(cbsX[m]);
        }
        series.add(new Series("fitted CBS (20% over linear scaling)", Series.Style.POINTS, cbsX, cbsY));
        return new Chart("zhang-steps-vs-batch", "Steps to target loss against batch size (Zhang et al.)",
                "Per model, the fewest steps to reach its target C4 loss at each batch size, the log-space fit "
                        + "S(B) = S_min + E_min/B, and the fitted CBS on each curve.",
                Axis.log("Batch size B", "sequences of 512 tokens"), Axis.log("Steps to target loss S", "steps"),
                series);
    }

    private static Chart cbsChart(List<ZhangModelFit> fits, double coef, double exponent, double[] publishedCbs) {
        double[] n = fits.stream().mapToDouble(ZhangModelFit::sizeMillions).toArray();
        int k = 41;
        double[] x = new double[k];
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            x[i] = 50 * Math.pow(2000.0 / 50, (double) i / (k - 1));
            y[i] = coef * Math.pow(x[i], exponent);
        }
        return new Chart("zhang-cbs-vs-size", "Critical batch size against model size (Zhang et al.)",
                "The CBS of each model's log-space S(B) fit, the fitted power law "
                        + String.format(Locale.ROOT, "%.3f N^%.5f", coef, exponent)
                        + ", the notebook's printed CBS, and the CBS an unweighted linear-space fit would give.",
                Axis.log("Model size N", "millions of parameters"), Axis.log("Critical batch size", "sequences of 512 tokens"),
                List.of(new Series("CBS, log-space fit (reproduced)", Series.Style.POINTS, n,
                                fits.stream().mapToDouble(ZhangModelFit::criticalBatchSequences).toArray()),
                        new Series("CBS published (notebook)", Series.Style.POINTS, n, publishedCbs),
                        new Series("power law, reproduced", Series.Style.LINE, x, y),
                        new Series("CBS, unweighted linear-space fit", Series.Style.POINTS, n,
                                fits.stream().mapToDouble(ZhangModelFit::linearCriticalBatchSequences).toArray())));
    }
}

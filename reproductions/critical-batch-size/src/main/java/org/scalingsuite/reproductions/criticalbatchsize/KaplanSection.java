package org.scalingsuite.reproductions.criticalbatchsize;

import java.util.ArrayList;
import java.util.List;
import org.scalingsuite.core.report.Axis;
import org.scalingsuite.core.report.Chart;
import org.scalingsuite.core.report.ParameterEstimate;
import org.scalingsuite.core.report.ParameterTable;
import org.scalingsuite.core.report.ReproductionReport;
import org.scalingsuite.core.report.Series;
import org.scalingsuite.core.report.Table;
import org.scalingsuite.reproductions.criticalbatchsize.data.PublishedConstants;

/**
 * Kaplan et al.'s (2020) B_crit(L) = B* / L^(1/alpha_B) with the published constants (B* = 2.1e8 tokens,
 * alpha_B = 0.21, loss in nats on WebText2): the "1-2M tokens" statement, the doubling per ~13% loss drop, and a
 * cross-dataset comparison with Zhang et al.'s McCandlish B_crit (their Figure 10 data is not public).
 */
final class KaplanSection {

    static final String PAPER = "kaplan2020";
    static final double[] LOSSES = {2.6, 2.7, 2.8, 2.9, 3.0, 3.1, 3.2};

    private KaplanSection() {
    }

    static KaplanCriticalBatch published(PublishedConstants constants) {
        return new KaplanCriticalBatch(constants.number(PAPER, "B_star"), constants.number(PAPER, "alpha_B"));
    }

    static void contribute(ReproductionReport.Builder report, PublishedConstants constants, List<ZhangModelFit> zhang) {
        KaplanCriticalBatch k = published(constants);
        report.value("kaplan.bcrit.at_2.7", k.criticalBatch(2.7));
        report.value("kaplan.bcrit.at_3.0", k.criticalBatch(3.0));
        report.value("kaplan.doubling_loss_decrease", k.doublingLossDecrease());
        report.value("kaplan.p_B", constants.number(PAPER, "alpha_C_min") / k.exponent());

        Table.Builder t = Table.builder("kaplan-bcrit", "Kaplan et al.: B_crit(L) = 2.1e8 / L^(1/0.21) tokens",
                        "loss L (nats/token)", "B_crit (tokens)", "B_crit (millions of tokens)",
                        "B_crit (sequences of 1024 tokens)")
                .caption("Eq. 5.3 with Table 5's constants (WebText2, GPT-2 BPE, context 1024). B_crit is 1M tokens at "
                        + String.format(java.util.Locale.ROOT, "L = %.3f", k.lossAt(1e6)) + " and 2M at "
                        + String.format(java.util.Locale.ROOT, "L = %.3f", k.lossAt(2e6)) + " nats; it doubles for every "
                        + String.format(java.util.Locale.ROOT, "%.1f%%", 100 * k.doublingLossDecrease())
                        + " decrease in loss.");
        for (double l : LOSSES) {
            t.row(l, k.criticalBatch(l), k.criticalBatch(l) / 1e6, k.criticalBatch(l) / 1024);
        }
        report.table(t.build());

        KaplanCriticalBatch onZhang = ZhangCbsFit.fitKaplanForm(zhang);
        report.parameters(new ParameterTable("kaplan-form-on-zhang", "Kaplan's B_crit(L) form fitted to Zhang et al.'s runs",
                "B_crit(L) = B* / L^(1/alpha_B), B_crit in tokens",
                "least squares on log B_crit (Levenberg-Marquardt) over the five (target C4 loss, McCandlish "
                        + "B_crit = E_min/S_min x 512 tokens) pairs of Zhang et al.; a cross-dataset comparison (C4, "
                        + "another tokenizer), not a reproduction of Kaplan's fit",
                Double.NaN, List.of(new ParameterEstimate("B* (tokens)", onZhang.scale(), Double.NaN, Double.NaN,
                                Double.NaN, k.scale()),
                        new ParameterEstimate("alpha_B", onZhang.exponent(), Double.NaN, Double.NaN, Double.NaN,
                                k.exponent()))));
        report.figure(chart(k, onZhang, zhang));
        report.note("Kaplan's constants do not transfer across setups: at Zhang et al.'s C4 target losses (2.74-3.42 "
                + "nats) Kaplan's law predicts "
                + String.format(java.util.Locale.ROOT, "%.2f-%.2fM", k.criticalBatch(3.42) / 1e6,
                        k.criticalBatch(2.736) / 1e6)
                + " tokens, while the McCandlish fits of Zhang's runs give "
                + String.format(java.util.Locale.ROOT, "%.2f-%.2fM", zhang.get(0).mcCandlishCriticalBatchTokens() / 1e6,
                        zhang.get(zhang.size() - 1).mcCandlishCriticalBatchTokens() / 1e6)
                + " tokens and a shallower exponent alpha_B = "
                + String.format(java.util.Locale.ROOT, "%.3f", onZhang.exponent()) + ".");
    }

    private static Chart chart(KaplanCriticalBatch k, KaplanCriticalBatch onZhang, List<ZhangModelFit> zhang) {
        int n = 41;
        double[] l = new double[n];
        double[] b = new double[n];
        double[] z = new double[n];
        for (int i = 0; i < n; i++) {
            l[i] = 2.0 + 2.0 * i / (n - 1);
            b[i] = k.criticalBatch(l[i]);
            z[i] = onZhang.criticalBatch(l[i]);
        }
        List<Series> series = new ArrayList<>();
        series.add(new Series("Kaplan et al.: 2.1e8 / L^(1/0.21)", Series.Style.LINE, l, b));
        series.add(new Series("Zhang et al. runs: McCandlish B_crit = E_min/S_min", Series.Style.POINTS,
                zhang.stream().mapToDouble(ZhangModelFit::targetLoss).toArray(),
                zhang.stream().mapToDouble(ZhangModelFit::mcCandlishCriticalBatchTokens).toArray()));
        series.add(new Series("Kaplan's form fitted to Zhang's points", Series.Style.DASHED, l, z));
        series.add(new Series("1M and 2M tokens", Series.Style.POINTS, new double[] {k.lossAt(1e6), k.lossAt(2e6)},
                new double[] {1e6, 2e6}));
        return new Chart("kaplan-bcrit-vs-loss", "Critical batch size against loss",
                "Kaplan et al.'s B_crit(L) with the published constants (WebText2), with the McCandlish B_crit of Zhang "
                        + "et al.'s five C4 models at their target losses and Kaplan's form refitted to those points.",
                Axis.log("Loss L", "nats/token"), Axis.log("Critical batch size B_crit", "tokens"), series);
    }
}

package org.scalingsuite.reproductions.lrannealing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.scalingsuite.core.data.InvalidDataException;
import org.scalingsuite.reproductions.lrannealing.data.LossCurve;
import org.scalingsuite.reproductions.lrannealing.data.MultiPowerLawCurves;

/**
 * Everything computed for one model size of the Multi-Power-Law curves: the schedule check, the annealing-law
 * fit on the constant and cosine 24k runs, both laws' predictions of the six held-out curves, the constant-only
 * fit and the schedule takeaways.
 *
 * @param modelSize     millions of parameters
 * @param curves        every curve of this size, in {@link MultiPowerLawCurves#SCHEDULES} order
 * @param lrDifference  the largest relative difference between rebuilt and logged learning rates, per curve
 * @param fit           the annealing-law fit on constant_24000 + cosine_24000
 * @param constantOnly  the annealing-law fit on constant_24000 alone
 * @param tissue        the annealing law's prediction of each test curve (loss at the logged steps)
 * @param mpl           the MPL's prediction of each test curve, with the published parameters
 * @param tissueMetrics per test curve
 * @param mplMetrics    per test curve
 * @param takeaways24k  schedule takeaways at 24,000 steps
 * @param takeaways72k  schedule takeaways at 72,000 steps
 * @param realWarmup    the same two-run fit with the warmup learning rates as trained ({@link Warmup#LINEAR})
 * @param realWarmupMetrics that fit's mean metrics on the test curves
 */
record SizeAnalysis(
        int modelSize,
        List<LossCurve> curves,
        Map<String, Double> lrDifference,
        AnnealingFit fit,
        AnnealingFit constantOnly,
        Map<String, double[]> tissue,
        Map<String, double[]> mpl,
        Map<String, CurveMetrics> tissueMetrics,
        Map<String, CurveMetrics> mplMetrics,
        ScheduleTakeaways.Horizon takeaways24k,
        ScheduleTakeaways.Horizon takeaways72k,
        AnnealingFit realWarmup,
        CurveMetrics realWarmupMetrics) {

    /** Learning rates rebuilt from the definitions must match the logged ones to this relative difference. */
    static final double LR_TOLERANCE = 1e-6;
    /** The annealing law's fit set. */
    static final List<String> FIT_SET = List.of("constant_24000", "cosine_24000");

    /**
     * @return per curve, the largest relative difference between the rebuilt and the logged learning rates
     * @throws InvalidDataException when one exceeds {@link #LR_TOLERANCE}
     */
    static Map<String, Double> checkSchedules(int modelSize, List<LossCurve> curves) {
        Map<String, Double> lrDifference = new LinkedHashMap<>();
        for (LossCurve c : curves) {
            double d = LearningRates.maxRelativeDifference(LearningRates.multiPowerLaw(c.schedule(), Warmup.LINEAR), c);
            if (!(d <= LR_TOLERANCE)) {
                throw new InvalidDataException(MultiPowerLawCurves.file(modelSize, c.schedule()), 0, "lr", null,
                        "the logged learning rates differ from the schedule definition by up to " + d
                                + " (relative), more than " + LR_TOLERANCE);
            }
            lrDifference.put(c.schedule(), d);
        }
        return lrDifference;
    }

    /** The annealing law's share of the work for one size: both fits, the predictions and the takeaways. */
    record AnnealingPart(AnnealingFit fit, AnnealingFit constantOnly, Map<String, double[]> predictions,
            ScheduleTakeaways.Horizon takeaways24k, ScheduleTakeaways.Horizon takeaways72k, AnnealingFit realWarmup,
            CurveMetrics realWarmupMetrics) {
    }

    /** @return the annealing law's fits on one size's curves, its test predictions and its takeaways. */
    static AnnealingPart annealingPart(List<LossCurve> curves) {
        AnnealingFitter fitter = AnnealingFitter.withDefaults();
        AnnealingFit fit = fitter.fit(FIT_SET.stream().map(s -> annealingCurve(curve(curves, s))).toList());
        AnnealingFit constantOnly = fitter.fit(List.of(annealingCurve(curve(curves, "constant_24000"))));
        Map<String, double[]> predictions = new LinkedHashMap<>();
        for (String s : MultiPowerLawCurves.TEST) {
            predictions.put(s, predictAnnealing(annealingCurve(curve(curves, s)), fit.parameters()));
        }
        ScheduleTakeaways takeaways = new ScheduleTakeaways(fit.parameters(), AnnealingFitter.LAMBDA);
        // The variant with the warmup learning rates as trained.
        AnnealingFit realWarmup = fitter.fit(FIT_SET.stream().map(s -> mplCurve(curve(curves, s))).toList());
        List<CurveMetrics> realMetrics = new ArrayList<>();
        for (String s : MultiPowerLawCurves.TEST) {
            LossCurve c = curve(curves, s);
            realMetrics.add(CurveMetrics.of(c.loss(), predictAnnealing(mplCurve(c), realWarmup.parameters())));
        }
        return new AnnealingPart(fit, constantOnly, predictions, takeaways.evaluate(24_000),
                takeaways.evaluate(72_000), realWarmup, CurveMetrics.mean(realMetrics));
    }

    /** @return the MPL's prediction of one curve with the given parameters. */
    static double[] mplPrediction(List<LossCurve> curves, String schedule, MultiPowerLaw law) {
        return law.predict(mplCurve(curve(curves, schedule)));
    }

    /** @return the analysis of one size from its parts; the MPL predictions are keyed by test schedule. */
    static SizeAnalysis assemble(int modelSize, List<LossCurve> curves, Map<String, Double> lrDifference,
            AnnealingPart part, Map<String, double[]> mplPredictions) {
        Map<String, double[]> tissue = new LinkedHashMap<>();
        Map<String, double[]> mpl = new LinkedHashMap<>();
        Map<String, CurveMetrics> tissueMetrics = new LinkedHashMap<>();
        Map<String, CurveMetrics> mplMetrics = new LinkedHashMap<>();
        for (String s : MultiPowerLawCurves.TEST) {
            LossCurve c = curve(curves, s);
            double[] t = part.predictions().get(s);
            double[] m = mplPredictions.get(s);
            tissue.put(s, t);
            mpl.put(s, m);
            tissueMetrics.put(s, CurveMetrics.of(c.loss(), t));
            mplMetrics.put(s, CurveMetrics.of(c.loss(), m));
        }
        return new SizeAnalysis(modelSize, curves, lrDifference, part.fit(), part.constantOnly(), tissue, mpl,
                tissueMetrics, mplMetrics, part.takeaways24k(), part.takeaways72k(), part.realWarmup(),
                part.realWarmupMetrics());
    }

    /** @return the curve with its schedule as the annealing law counts it (warmup at the peak). */
    static ObservedCurve annealingCurve(LossCurve c) {
        return new ObservedCurve(c.label(), LearningRates.multiPowerLaw(c.schedule(), Warmup.AT_PEAK), c.steps(),
                c.loss());
    }

    /** @return the curve with its schedule as trained (linear warmup), as the MPL counts it and as the variant uses. */
    static ObservedCurve mplCurve(LossCurve c) {
        return new ObservedCurve(c.label(), LearningRates.multiPowerLaw(c.schedule(), Warmup.LINEAR), c.steps(),
                c.loss());
    }

    /** @return the annealing law's prediction at every observed step. */
    static double[] predictAnnealing(ObservedCurve c, double[] p) {
        double[] s1 = AnnealingAreas.at(AnnealingAreas.forwardArea(c.schedule()), c.steps());
        double[] s2 = AnnealingAreas.at(AnnealingAreas.annealingArea(c.schedule(), AnnealingFitter.LAMBDA), c.steps());
        double[] out = new double[s1.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = AnnealingLaw.instance().predict(s1[i], s2[i], p);
        }
        return out;
    }

    static LossCurve curve(List<LossCurve> curves, String schedule) {
        return curves.stream().filter(c -> c.schedule().equals(schedule)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no curve " + schedule));
    }

    LossCurve curve(String schedule) {
        return curve(curves, schedule);
    }

    /** @return the mean of the annealing law's metrics over the test curves. */
    CurveMetrics tissueMean() {
        return CurveMetrics.mean(new ArrayList<>(tissueMetrics.values()));
    }

    /** @return the mean of the MPL's metrics over the test curves. */
    CurveMetrics mplMean() {
        return CurveMetrics.mean(new ArrayList<>(mplMetrics.values()));
    }

    /** @return the rows dropped by upstream's final-step rule, over all curves. */
    int rowsDropped() {
        return curves.stream().mapToInt(LossCurve::rowsDropped).sum();
    }

    /** @return the rows read, over all curves. */
    int rowsRead() {
        return curves.stream().mapToInt(LossCurve::rowsRead).sum();
    }
}

package org.scalingsuite.reproductions.lrannealing;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.scalingsuite.reproductions.lrannealing.LearningRates.DecayShape;

/**
 * Tissue et al.'s schedule takeaways (Section 4 of the paper), re-derived by evaluating a fitted
 * {@link AnnealingLaw} on synthetic schedules of the Multi-Power-Law runs' shape: {@code T} steps, 2,160 warmup
 * steps counted at the peak, peak 3e-4; the predicted loss is the one at the last step {@code T - 1}.
 *
 * <ul>
 *   <li>cosine floor: a cosine (cycle T) to {@code eta_min = 0} against one to {@code 0.1 eta_max};</li>
 *   <li>cosine cycle: cosine to 0 with half-period {@code c T}, {@code c in} {@link #CYCLES} (a cycle shorter than
 *       T climbs again after its minimum);</li>
 *   <li>WSD anneal fraction: constant peak, then a decay to 0 over the last {@code f T} steps, {@code f} from 0.01
 *       to 0.60 by 0.01, for three decay shapes; the optimum per shape;</li>
 *   <li>the best WSD (any shape and fraction) against the cosine to 0 of cycle T.</li>
 * </ul>
 */
public final class ScheduleTakeaways {

    /** Cycle lengths swept, as multiples of the run length. */
    public static final double[] CYCLES = {0.5, 0.6, 0.75, 0.9, 1.0, 1.1, 1.25, 1.5, 2.0};
    /** The anneal fractions swept: 0.01, 0.02, ..., 0.60. */
    public static final int FRACTION_STEPS = 60;

    private final double[] parameters;
    private final double lambda;

    /** @param parameters a fitted (L0, A, C, alpha) */
    public ScheduleTakeaways(double[] parameters, double lambda) {
        this.parameters = parameters.clone();
        this.lambda = lambda;
    }

    /** The takeaway quantities at one run length. */
    public record Horizon(
            int steps,
            double cosineToZero,
            double cosineToTenth,
            Map<Double, Double> cycleLoss,
            double bestCycle,
            Map<DecayShape, Double> bestFraction,
            Map<DecayShape, Double> bestWsdLoss,
            Map<DecayShape, double[]> fractionLoss) {

        /** @return the swept anneal fractions 0.01 .. 0.60. */
        public static double[] fractions() {
            double[] f = new double[FRACTION_STEPS];
            for (int i = 0; i < f.length; i++) {
                f[i] = (i + 1) / 100.0;
            }
            return f;
        }

        /** @return loss(cosine to 0.1 eta_max) - loss(cosine to 0): positive when the floor of 0 wins. */
        public double floorGap() {
            return cosineToTenth - cosineToZero;
        }

        /** @return the smallest loss of cycles 0.75T, 0.9T and 2T minus that of cycle T. */
        public double cycleMargin() {
            return Math.min(Math.min(cycleLoss.get(0.75), cycleLoss.get(0.9)), cycleLoss.get(2.0)) - cycleLoss.get(1.0);
        }

        /** @return the lowest loss over WSD shapes and fractions. */
        public double bestWsd() {
            return bestWsdLoss.values().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        /** @return the decay shape of the best WSD. */
        public DecayShape bestShape() {
            return bestWsdLoss.entrySet().stream().min(Map.Entry.comparingByValue()).orElseThrow().getKey();
        }

        /** @return loss(cosine to 0) - loss(best WSD). */
        public double wsdGap() {
            return cosineToZero - bestWsd();
        }
    }

    /** @return the takeaway quantities for runs of {@code steps} steps. */
    public Horizon evaluate(int steps) {
        int w = LearningRates.MPL_WARMUP;
        double peak = LearningRates.MPL_PEAK;
        double zero = finalLoss(LearningRates.cosine(steps, w, peak, 0, 1.0, Warmup.AT_PEAK));
        double tenth = finalLoss(LearningRates.cosine(steps, w, peak, 0.1 * peak, 1.0, Warmup.AT_PEAK));
        Map<Double, Double> cycles = new LinkedHashMap<>();
        double bestCycle = Double.NaN;
        double bestCycleLoss = Double.POSITIVE_INFINITY;
        for (double c : CYCLES) {
            double loss = finalLoss(LearningRates.cosine(steps, w, peak, 0, c, Warmup.AT_PEAK));
            cycles.put(c, loss);
            if (loss < bestCycleLoss) {
                bestCycleLoss = loss;
                bestCycle = c;
            }
        }
        Map<DecayShape, Double> fraction = new EnumMap<>(DecayShape.class);
        Map<DecayShape, Double> wsd = new EnumMap<>(DecayShape.class);
        Map<DecayShape, double[]> sweep = new EnumMap<>(DecayShape.class);
        for (DecayShape shape : DecayShape.values()) {
            double best = Double.POSITIVE_INFINITY;
            double bestF = Double.NaN;
            double[] losses = new double[FRACTION_STEPS];
            for (int i = 1; i <= FRACTION_STEPS; i++) {
                double f = i / 100.0;
                int decay = (int) Math.round(f * steps);
                double loss = finalLoss(LearningRates.warmupStableDecay(steps, w, peak, decay, shape, Warmup.AT_PEAK));
                losses[i - 1] = loss;
                if (loss < best) {
                    best = loss;
                    bestF = f;
                }
            }
            fraction.put(shape, bestF);
            wsd.put(shape, best);
            sweep.put(shape, losses);
        }
        return new Horizon(steps, zero, tenth, Map.copyOf(cycles), bestCycle, fraction, wsd, sweep);
    }

    /** @return the predicted loss at the last step of a schedule. */
    public double finalLoss(double[] lr) {
        double s1 = 0;
        double s2 = 0;
        double m = 0;
        for (int i = 0; i < lr.length; i++) {
            s1 += lr[i];
            if (i > 0) {
                m = lambda * m + (lr[i - 1] - lr[i]);
                s2 += m;
            }
        }
        return AnnealingLaw.instance().predict(s1, s2, parameters);
    }
}

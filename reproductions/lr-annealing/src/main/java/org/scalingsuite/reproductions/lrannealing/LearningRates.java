package org.scalingsuite.reproductions.lrannealing;

import java.util.Arrays;
import org.scalingsuite.reproductions.lrannealing.data.LossCurve;

/**
 * Per-step learning rates rebuilt from schedule definitions: {@code eta[k]} is the learning rate of optimizer
 * step {@code k}, for {@code k = 0 .. length - 1}. Both laws sum over every step, so the schedule is rebuilt at
 * every step rather than integrated over the sparse logged rows.
 *
 * <p>The Multi-Power-Law runs (Luo et al. 2025; schedule definitions in the data set's SOURCE.md and upstream
 * {@code src/lr_schedules.py}) all warm up over 2,160 steps to a peak of 3e-4; with {@code T} the run length and
 * {@code w = 2160}:
 * <ul>
 *   <li>{@code constant_T}: {@code 3e-4};</li>
 *   <li>{@code cosine_T}: {@code 3e-5 + 0.5 (3e-4 - 3e-5)(1 + cos(pi (k - w) / (T - w)))};</li>
 *   <li>{@code wsd_20000_24000}: {@code 3e-4} until step 19,999, then
 *       {@code (3e-4)^((T - k)/4000) (3e-5)^((k - 20000)/4000)};</li>
 *   <li>{@code wsdld_20000_24000}: {@code 3e-4} until 19,999, then linear from 3e-4 towards 3e-5 at step T;</li>
 *   <li>{@code wsdcon_X}: {@code 3e-4} until step 7,999, then {@code X * 1e-5} until step 15,999.</li>
 * </ul>
 */
public final class LearningRates {

    /** Warmup steps of the Multi-Power-Law runs. */
    public static final int MPL_WARMUP = 2160;
    /** Peak learning rate of the Multi-Power-Law runs. */
    public static final double MPL_PEAK = 3e-4;
    /** Final learning rate of the decaying Multi-Power-Law schedules. */
    public static final double MPL_END = 3e-5;
    /** Where the WSD runs start to decay. */
    public static final int MPL_WSD_DECAY = 20_000;
    /** Length of the WSD runs. */
    public static final int MPL_WSD_TOTAL = 24_000;
    /** Where the two-stage runs drop. */
    public static final int MPL_TWO_STAGE_DROP = 8_000;
    /** Length of the two-stage runs. */
    public static final int MPL_TWO_STAGE_TOTAL = 16_000;

    private LearningRates() {
    }

    /** @return the schedule of one Multi-Power-Law curve, named as its file (e.g. {@code cosine_72000}). */
    public static double[] multiPowerLaw(String schedule, Warmup warmup) {
        String[] parts = schedule.split("_");
        switch (parts[0]) {
            case "constant":
                return constant(Integer.parseInt(parts[1]), MPL_WARMUP, MPL_PEAK, warmup);
            case "cosine":
                return cosine(Integer.parseInt(parts[1]), MPL_WARMUP, MPL_PEAK, MPL_END, 1.0, warmup);
            case "wsd": {
                double[] lr = constant(MPL_WSD_TOTAL, MPL_WARMUP, MPL_PEAK, warmup);
                double span = MPL_WSD_TOTAL - MPL_WSD_DECAY;
                for (int k = MPL_WSD_DECAY; k < MPL_WSD_TOTAL; k++) {
                    lr[k] = Math.pow(MPL_PEAK, (MPL_WSD_TOTAL - k) / span)
                            * Math.pow(MPL_END, (k - MPL_WSD_DECAY) / span);
                }
                return lr;
            }
            case "wsdld": {
                double[] lr = constant(MPL_WSD_TOTAL, MPL_WARMUP, MPL_PEAK, warmup);
                double span = MPL_WSD_TOTAL - MPL_WSD_DECAY;
                for (int k = MPL_WSD_DECAY; k < MPL_WSD_TOTAL; k++) {
                    double t = (k - MPL_WSD_DECAY) / span;
                    lr[k] = MPL_PEAK * (1 - t) + MPL_END * t;
                }
                return lr;
            }
            case "wsdcon": {
                double second = Integer.parseInt(parts[1]) * 1e-5;
                double[] lr = constant(MPL_TWO_STAGE_TOTAL, MPL_WARMUP, MPL_PEAK, warmup);
                Arrays.fill(lr, MPL_TWO_STAGE_DROP, MPL_TWO_STAGE_TOTAL, second);
                return lr;
            }
            default:
                throw new IllegalArgumentException("no schedule definition for " + schedule);
        }
    }

    /** @return {@code length} steps at {@code peak} after the warmup. */
    public static double[] constant(int length, int warmupSteps, double peak, Warmup warmup) {
        double[] lr = new double[length];
        Arrays.fill(lr, peak);
        applyWarmup(lr, warmupSteps, peak, warmup);
        return lr;
    }

    /**
     * @param cycle the cosine's half-period as a multiple of {@code length}: 1 reaches {@code end} at step
     *              {@code length}; a shorter cycle climbs again after its minimum, a longer one stops early
     * @return a cosine from {@code peak} at step {@code warmupSteps} towards {@code end}:
     *         {@code end + (peak - end)(1 + cos(pi (k - w) / (cycle T - w))) / 2}
     */
    public static double[] cosine(int length, int warmupSteps, double peak, double end, double cycle, Warmup warmup) {
        double[] lr = new double[length];
        double span = cycle * length - warmupSteps;
        for (int k = warmupSteps; k < length; k++) {
            lr[k] = end + 0.5 * (peak - end) * (1 + Math.cos(Math.PI * (k - warmupSteps) / span));
        }
        applyWarmup(lr, warmupSteps, peak, warmup);
        return lr;
    }

    /** Decay shapes of a warmup-stable-decay schedule, as functions of the decay progress t in [0, 1]. */
    public enum DecayShape {
        /** {@code 1 - sqrt(t)} (Hägele et al. 2024). */
        ONE_MINUS_SQRT,
        /** {@code 1 - t}. */
        LINEAR,
        /** {@code (1 + cos(pi t)) / 2}. */
        COSINE;

        /** @return the multiplier of the peak learning rate at decay progress t. */
        public double factor(double t) {
            return switch (this) {
                case ONE_MINUS_SQRT -> 1 - Math.sqrt(t);
                case LINEAR -> 1 - t;
                case COSINE -> 0.5 * (1 + Math.cos(Math.PI * t));
            };
        }
    }

    /**
     * @param decaySteps the steps of the final decay; it runs from step {@code length - decaySteps} and reaches
     *                   0 at step {@code length}
     * @return warmup, constant {@code peak}, then a decay to 0 of the given shape
     */
    public static double[] warmupStableDecay(int length, int warmupSteps, double peak, int decaySteps,
            DecayShape shape, Warmup warmup) {
        if (decaySteps < 1 || decaySteps > length - warmupSteps) {
            throw new IllegalArgumentException("decay of " + decaySteps + " steps does not fit a run of " + length
                    + " steps with " + warmupSteps + " warmup steps");
        }
        double[] lr = constant(length, warmupSteps, peak, warmup);
        int start = length - decaySteps;
        for (int k = start; k < length; k++) {
            lr[k] = peak * shape.factor((double) (k - start) / decaySteps);
        }
        return lr;
    }

    /**
     * Tissue et al.'s example: peak 2e-4, 500 warmup steps, steps 0..20000; {@code cosine} decays to 0 at step
     * 20,000 as {@code eta_max (1 + cos(pi (k - 500) / 19500)) / 2}; in the example's convention a step
     * {@code k <= 500} is at the peak.
     */
    public static double[] tissueExample(String schedule, Warmup warmup) {
        int length = 20_001;
        int warmupSteps = 500;
        double peak = 2e-4;
        double[] lr = new double[length];
        for (int k = 0; k < length; k++) {
            if (k <= warmupSteps || schedule.equals("constant")) {
                lr[k] = peak;
            } else if (schedule.equals("cosine")) {
                lr[k] = peak * 0.5 * (1 + Math.cos(Math.PI * (k - warmupSteps) / (double) (length - 1 - warmupSteps)));
            } else {
                throw new IllegalArgumentException("the example has no schedule " + schedule);
            }
        }
        if (warmup == Warmup.LINEAR) {
            for (int k = 0; k < warmupSteps; k++) {
                lr[k] = peak * k / warmupSteps;
            }
        }
        return lr;
    }

    /**
     * @return the largest relative difference {@code |eta[step] - lr| / lr} between a rebuilt schedule and the
     *         learning rates logged on a curve
     * @throws IllegalArgumentException when a logged step lies beyond the schedule
     */
    public static double maxRelativeDifference(double[] lr, LossCurve curve) {
        int[] steps = curve.steps();
        double[] logged = curve.lr();
        double worst = 0;
        for (int i = 0; i < steps.length; i++) {
            if (steps[i] >= lr.length) {
                throw new IllegalArgumentException(curve.label() + ": logged step " + steps[i]
                        + " lies beyond the " + lr.length + "-step schedule");
            }
            worst = Math.max(worst, Math.abs(lr[steps[i]] - logged[i]) / logged[i]);
        }
        return worst;
    }

    private static void applyWarmup(double[] lr, int warmupSteps, double peak, Warmup warmup) {
        for (int k = 0; k < Math.min(warmupSteps, lr.length); k++) {
            lr[k] = warmup == Warmup.AT_PEAK ? peak : peak * k / (warmupSteps - 1);
        }
    }
}

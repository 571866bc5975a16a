package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * Merrill et al.'s (2025) selection rule for the local critical batch size from branched training, Section 3.1:
 * branches from one checkpoint train with batch {@code k B} and learning rate {@code f(k) eta} for the same
 * token budget; {@code L_k} is each branch's smoothed final loss.
 *
 * <pre>
 *   LITERAL (as written):  k* = max { k : L_k &lt;= L_j + epsilon for every tested j &lt; k }
 *   FIRST_FAILURE:         k* = the tested k just before the first k that violates the condition
 * </pre>
 *
 * The smallest tested k always qualifies (the condition is vacuous). The two readings agree when the losses are
 * monotone in k and differ when a later k recovers after a failure (e.g. losses 2.700, 2.698, 2.715, 2.705, ...
 * with epsilon 0.01: LITERAL k* = 4, FIRST_FAILURE k* = 2). The interval is [k* B, k_next B), plotted at the
 * geometric mean (Section 3.2); epsilon is 0.01 nats in the paper.
 *
 * <p>Reference: W. Merrill, S. Arora, D. Groeneveld, H. Hajishirzi, "Critical Batch Size Revisited",
 * arXiv:2505.23971, 2025.
 */
public final class CbsRule {

    /** The loss tolerance epsilon of Section 3.1, in nats. */
    public static final double EPSILON = 0.01;

    /** How the rule is read. */
    public enum Reading {
        /** The largest qualifying k, as the paper writes it. */
        LITERAL,
        /** Stop at the first k that fails ("the point at which loss starts to increase", Figure 1). */
        FIRST_FAILURE
    }

    private CbsRule() {
    }

    /**
     * @param multipliers the tested k, strictly increasing and positive
     * @param losses      the smoothed branch losses L_k, same length
     * @param epsilon     the tolerance (nats), non-negative
     * @param baseBatch   the base batch B (e.g. 1024 documents)
     * @param reading     literal or first-failure
     * @return k* with its interval in units of {@code baseBatch}
     */
    public static CbsEstimate select(double[] multipliers, double[] losses, double epsilon, double baseBatch,
            Reading reading) {
        validate(multipliers, losses, epsilon, baseBatch);
        int selected = 0;
        for (int k = 1; k < multipliers.length; k++) {
            if (qualifies(losses, k, epsilon)) {
                selected = k;
            } else if (reading == Reading.FIRST_FAILURE) {
                break;
            }
        }
        double lower = multipliers[selected] * baseBatch;
        double upper = selected + 1 < multipliers.length ? multipliers[selected + 1] * baseBatch : Double.NaN;
        return new CbsEstimate(multipliers[selected], selected, lower, upper);
    }

    /** @return the literal reading with epsilon = 0.01. */
    public static CbsEstimate select(double[] multipliers, double[] losses, double baseBatch) {
        return select(multipliers, losses, EPSILON, baseBatch, Reading.LITERAL);
    }

    /**
     * Smooths each branch's logged training loss with {@link EmaSmoother} (alpha = 0.5) and applies the rule to
     * the last smoothed values.
     *
     * @param lossCurves one logged loss series per multiplier, each covering the branch's token budget
     */
    public static CbsEstimate selectFromCurves(double[] multipliers, double[][] lossCurves, double epsilon,
            double baseBatch, Reading reading) {
        if (lossCurves.length != multipliers.length) {
            throw new IllegalArgumentException(multipliers.length + " multipliers but " + lossCurves.length
                    + " loss curves");
        }
        double[] last = new double[lossCurves.length];
        for (int i = 0; i < last.length; i++) {
            last[i] = EmaSmoother.last(lossCurves[i]);
        }
        return select(multipliers, last, epsilon, baseBatch, reading);
    }

    /** @return true when {@code L_k <= L_j + epsilon} for every j &lt; k. */
    static boolean qualifies(double[] losses, int k, double epsilon) {
        for (int j = 0; j < k; j++) {
            if (!(losses[k] <= losses[j] + epsilon)) {
                return false;
            }
        }
        return true;
    }

    private static void validate(double[] multipliers, double[] losses, double epsilon, double baseBatch) {
        if (multipliers.length == 0) {
            throw new IllegalArgumentException("no multipliers tested");
        }
        if (multipliers.length != losses.length) {
            throw new IllegalArgumentException(multipliers.length + " multipliers but " + losses.length + " losses");
        }
        for (int i = 0; i < multipliers.length; i++) {
            if (!(multipliers[i] > 0) || !Double.isFinite(multipliers[i])) {
                throw new IllegalArgumentException("multiplier " + i + " must be positive: " + multipliers[i]);
            }
            if (i > 0 && !(multipliers[i] > multipliers[i - 1])) {
                throw new IllegalArgumentException("multipliers must increase strictly: " + multipliers[i - 1]
                        + " then " + multipliers[i]);
            }
            if (!Double.isFinite(losses[i])) {
                throw new IllegalArgumentException("loss " + i + " is not finite: " + losses[i]);
            }
        }
        if (!(epsilon >= 0) || !Double.isFinite(epsilon)) {
            throw new IllegalArgumentException("epsilon must be finite and non-negative: " + epsilon);
        }
        if (!(baseBatch > 0)) {
            throw new IllegalArgumentException("base batch must be positive: " + baseBatch);
        }
    }
}

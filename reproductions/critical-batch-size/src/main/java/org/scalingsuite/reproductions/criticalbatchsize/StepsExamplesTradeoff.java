package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * McCandlish et al.'s (2018, Section 2.3) steps/examples tradeoff, also Kaplan et al. (2020) Eq. 5.1:
 *
 * <pre>
 *   (S/S_min - 1)(E/E_min - 1) = 1,   E = B S
 *   S(B) = S_min (1 + B_crit/B) = S_min + E_min/B,   E(B) = E_min (1 + B/B_crit),   B_crit = E_min/S_min
 * </pre>
 *
 * At {@code B = B_crit} a run takes {@code 2 S_min} steps and {@code 2 E_min} examples.
 *
 * @param minSteps    S_min, the steps needed at infinite batch
 * @param minExamples E_min, the examples (sequences, or tokens if B is in tokens) needed at batch 1
 */
public record StepsExamplesTradeoff(double minSteps, double minExamples) {

    /** @return B_crit = E_min / S_min, in the unit of the batch. */
    public double criticalBatch() {
        return minExamples / minSteps;
    }

    /** @return S(B) = S_min + E_min / B. */
    public double steps(double batch) {
        return minSteps + minExamples / batch;
    }

    /** @return E(B) = B S(B) = E_min (1 + B / B_crit). */
    public double examples(double batch) {
        return batch * steps(batch);
    }

    /** @return (S/S_min - 1)(E/E_min - 1), which the hyperbola makes 1 at every B. */
    public double hyperbola(double batch) {
        return (steps(batch) / minSteps - 1) * (examples(batch) / minExamples - 1);
    }
}

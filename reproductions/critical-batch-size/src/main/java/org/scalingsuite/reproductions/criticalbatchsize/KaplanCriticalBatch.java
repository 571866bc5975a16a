package org.scalingsuite.reproductions.criticalbatchsize;

/**
 * Kaplan et al.'s (2020, Section 5.1) critical batch size as a function of the loss:
 *
 * <pre>
 *   B_crit(L) = B* / L^(1/alpha_B)        (Eq. 5.3; B* = 2.1e8 tokens, alpha_B = 0.21, L in nats, Table 5)
 *   S_min     = S / (1 + B_crit(L)/B)     (Eq. 5.4)
 *   C_min     = C / (1 + B/B_crit(L))     (Eq. 5.5)
 * </pre>
 *
 * B_crit doubles for every fractional loss decrease of {@code 1 - 2^(-alpha_B)}.
 *
 * <p>Reference: J. Kaplan et al., "Scaling Laws for Neural Language Models", arXiv:2001.08361, 2020.
 *
 * @param scale    B* in tokens
 * @param exponent alpha_B
 */
public record KaplanCriticalBatch(double scale, double exponent) {

    /** @return B_crit(L) in tokens. */
    public double criticalBatch(double loss) {
        return scale / Math.pow(loss, 1 / exponent);
    }

    /** @return the loss at which B_crit equals {@code batchTokens}: L = (B* / B)^alpha_B. */
    public double lossAt(double batchTokens) {
        return Math.pow(scale / batchTokens, exponent);
    }

    /** @return the fractional loss decrease that doubles B_crit: 1 - 2^(-alpha_B). */
    public double doublingLossDecrease() {
        return 1 - Math.pow(2, -exponent);
    }

    /** @return S_min = S / (1 + B_crit(L) / B), Eq. 5.4 (B in tokens). */
    public double minimumSteps(double steps, double batchTokens, double loss) {
        return steps / (1 + criticalBatch(loss) / batchTokens);
    }

    /** @return C_min = C / (1 + B / B_crit(L)), Eq. 5.5 (B in tokens). */
    public double minimumCompute(double compute, double batchTokens, double loss) {
        return compute / (1 + batchTokens / criticalBatch(loss));
    }
}

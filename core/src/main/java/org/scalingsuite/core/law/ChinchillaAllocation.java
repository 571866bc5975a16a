package org.scalingsuite.core.law;

/**
 * The compute-optimal allocation implied by Chinchilla parameters: minimising
 * {@code L(N, D) = E + A/N^alpha + B/D^beta} subject to {@code C = 6 N D} gives
 *
 * <pre>
 *   N_opt(C) = G (C/6)^a,   D_opt(C) = G^-1 (C/6)^b,
 *   G = (alpha A / (beta B))^(1/(alpha+beta)),   a = beta/(alpha+beta),   b = alpha/(alpha+beta).
 * </pre>
 *
 * <p>Reference: Hoffmann et al. 2022, arXiv:2203.15556, Appendix D.3, Eq. (4).
 *
 * @param e     E, irreducible loss
 * @param a     A, model-size coefficient
 * @param b     B, data coefficient
 * @param alpha model-size exponent
 * @param beta  data exponent
 */
public record ChinchillaAllocation(double e, double a, double b, double alpha, double beta) {

    /** @return the allocation for direct parameters (E, A, B, alpha, beta). */
    public static ChinchillaAllocation of(double[] direct) {
        return new ChinchillaAllocation(direct[0], direct[1], direct[2], direct[3], direct[4]);
    }

    /** @return G = (alpha A / (beta B))^(1/(alpha+beta)). */
    public double g() {
        return Math.pow(alpha * a / (beta * b), 1 / (alpha + beta));
    }

    /** @return the exponent a of N_opt ~ C^a, beta/(alpha+beta). */
    public double parameterExponent() {
        return beta / (alpha + beta);
    }

    /** @return the exponent b of D_opt ~ C^b, alpha/(alpha+beta). */
    public double tokenExponent() {
        return alpha / (alpha + beta);
    }

    /** @return N_opt(C), parameters. */
    public double parameters(double compute) {
        return g() * Math.pow(compute / 6, parameterExponent());
    }

    /** @return D_opt(C), tokens. */
    public double tokens(double compute) {
        return Math.pow(compute / 6, tokenExponent()) / g();
    }

    /** @return D_opt / N_opt at compute C, tokens per parameter. */
    public double tokensPerParameter(double compute) {
        return tokens(compute) / parameters(compute);
    }

    /** @return the loss at the compute-optimal allocation for compute C. */
    public double optimalLoss(double compute) {
        return e + a / Math.pow(parameters(compute), alpha) + b / Math.pow(tokens(compute), beta);
    }
}

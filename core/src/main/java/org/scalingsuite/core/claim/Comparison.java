package org.scalingsuite.core.claim;

/**
 * How a reproduced value is compared with the published one.
 */
public enum Comparison {
    /** {@code |reproduced - published| <= tolerance} (absolute or relative). */
    APPROX("~"),
    /** {@code reproduced <= published} (a published upper bound, e.g. "ARE below 1%"). */
    AT_MOST("<="),
    /** {@code reproduced >= published} (a published lower bound, e.g. "R^2 at least 0.999"). */
    AT_LEAST(">="),
    /** {@code published <= reproduced <= upper} (a published range, e.g. "4-10%"). */
    BETWEEN("in");

    private final String symbol;

    Comparison(String symbol) {
        this.symbol = symbol;
    }

    /** @return the symbol used in tables: ~, &lt;=, &gt;=, in. */
    public String symbol() {
        return symbol;
    }

    /** @return the comparison for a claims.csv token: {@code ~ <= >= in}. */
    public static Comparison fromSymbol(String token) {
        for (Comparison c : values()) {
            if (c.symbol.equals(token)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown comparison '" + token + "'; expected one of ~, <=, >=, in");
    }
}

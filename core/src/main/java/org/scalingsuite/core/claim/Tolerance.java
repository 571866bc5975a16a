package org.scalingsuite.core.claim;

/**
 * How close a reproduced value must be, and why that much.
 *
 * @param kind          absolute or relative
 * @param value         the allowed difference (absolute) or fraction (relative), non-negative
 * @param justification why this tolerance is right (e.g. "printed to 4 decimals", "Monte-Carlo error")
 */
public record Tolerance(Kind kind, double value, String justification) {

    /** Absolute ({@code |x - y| <= value}) or relative ({@code |x - y| <= value * |y|}). */
    public enum Kind {
        ABSOLUTE,
        RELATIVE
    }

    public Tolerance {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new IllegalArgumentException("tolerance must be finite and non-negative: " + value);
        }
        justification = justification == null ? "" : justification;
    }

    public static Tolerance absolute(double value, String justification) {
        return new Tolerance(Kind.ABSOLUTE, value, justification);
    }

    public static Tolerance relative(double value, String justification) {
        return new Tolerance(Kind.RELATIVE, value, justification);
    }

    /** @return the largest allowed |actual - reference|. */
    public double allowedDifference(double reference) {
        return kind == Kind.ABSOLUTE ? value : value * Math.abs(reference);
    }

    /** @return true when {@code actual} is within this tolerance of {@code reference}. */
    public boolean accepts(double actual, double reference) {
        return Math.abs(actual - reference) <= allowedDifference(reference);
    }

    @Override
    public String toString() {
        return (kind == Kind.ABSOLUTE ? "abs " : "rel ") + value;
    }
}

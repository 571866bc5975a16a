package org.scalingsuite.core.claim;

import java.util.Objects;

/**
 * One published number and how its reproduction is judged.
 *
 * @param id             a stable identifier, unique within its paper (e.g. {@code grid.E})
 * @param paper          the paper's short citation (e.g. {@code Besiroglu et al. 2024})
 * @param location       where the number is published: table, figure, section, or "authors' released
 *                       notebook output"
 * @param quantity       what the number is, in words, with units
 * @param published      the published value (for {@link Comparison#BETWEEN}, the lower end)
 * @param publishedUpper the upper end for {@link Comparison#BETWEEN}, otherwise NaN
 * @param comparison     how the reproduced value is compared
 * @param tolerance      the allowed difference for {@link Comparison#APPROX} (and slack for the others)
 * @param expectation    whether the number is expected to reproduce or known to deviate
 * @param lockedValue    for {@link Expectation#DEVIATES}: the measured value locked as a regression value
 *                       (checked within {@code tolerance}); otherwise NaN
 * @param reason         for DEVIATES, why the number differs; otherwise an optional note
 */
public record Claim(
        String id,
        String paper,
        String location,
        String quantity,
        double published,
        double publishedUpper,
        Comparison comparison,
        Tolerance tolerance,
        Expectation expectation,
        double lockedValue,
        String reason) {

    public Claim {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(paper, "paper");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(comparison, "comparison");
        Objects.requireNonNull(tolerance, "tolerance");
        Objects.requireNonNull(expectation, "expectation");
        reason = reason == null ? "" : reason;
        if (id.isBlank()) {
            throw new IllegalArgumentException("claim id is blank");
        }
        if (!Double.isFinite(published)) {
            throw new IllegalArgumentException("claim " + id + ": published value is not finite: " + published);
        }
        if (comparison == Comparison.BETWEEN && !(publishedUpper >= published)) {
            throw new IllegalArgumentException(
                    "claim " + id + ": a range needs published_upper >= published, got " + publishedUpper);
        }
        if (expectation == Expectation.DEVIATES) {
            if (!Double.isFinite(lockedValue)) {
                throw new IllegalArgumentException("claim " + id + " is DEVIATES but has no locked value");
            }
            if (reason.isBlank()) {
                throw new IllegalArgumentException("claim " + id + " is DEVIATES but gives no reason");
            }
        }
    }

    /** @return true when {@code reproduced} satisfies the published statement (comparison and tolerance). */
    public boolean matchesPublished(double reproduced) {
        if (!Double.isFinite(reproduced)) {
            return false;
        }
        double slack = tolerance.allowedDifference(published);
        return switch (comparison) {
            case APPROX -> Math.abs(reproduced - published) <= slack;
            case AT_MOST -> reproduced <= published + slack;
            case AT_LEAST -> reproduced >= published - slack;
            case BETWEEN -> reproduced >= published - slack
                    && reproduced <= publishedUpper + tolerance.allowedDifference(publishedUpper);
        };
    }

    /** @return the status of a reproduced value against this claim. */
    public ClaimStatus judge(double reproduced) {
        if (expectation == Expectation.REPRODUCES) {
            return matchesPublished(reproduced) ? ClaimStatus.REPRODUCED : ClaimStatus.FAILED;
        }
        return Double.isFinite(reproduced) && tolerance.accepts(reproduced, lockedValue)
                ? ClaimStatus.DEVIATES : ClaimStatus.FAILED;
    }

    /** @return the published statement as text, e.g. {@code "0.7103"}, {@code "<= 1"}, {@code "4 to 10"}. */
    public String publishedText() {
        return switch (comparison) {
            case APPROX -> Double.toString(published);
            case AT_MOST -> "<= " + published;
            case AT_LEAST -> ">= " + published;
            case BETWEEN -> published + " to " + publishedUpper;
        };
    }
}

package org.scalingsuite.core.claim;

/**
 * A claim with its reproduced value and verdict.
 *
 * @param claim      the claim
 * @param reproduced the value computed from data (NaN when none was computed)
 * @param status     the verdict
 * @param detail     how the verdict was reached, e.g. the difference and the allowed difference
 */
public record ClaimResult(Claim claim, double reproduced, ClaimStatus status, String detail) {

    /** Judges {@code reproduced} against {@code claim}. */
    public static ClaimResult of(Claim claim, double reproduced) {
        ClaimStatus status = claim.judge(reproduced);
        String detail;
        if (Double.isNaN(reproduced)) {
            detail = "no value was computed";
        } else if (claim.expectation() == Expectation.DEVIATES) {
            detail = "locked value " + claim.lockedValue() + ", difference " + (reproduced - claim.lockedValue())
                    + ", allowed " + claim.tolerance().allowedDifference(claim.lockedValue());
        } else if (claim.comparison() == Comparison.APPROX) {
            detail = "difference " + (reproduced - claim.published()) + ", allowed "
                    + claim.tolerance().allowedDifference(claim.published());
        } else {
            detail = "reproduced " + reproduced + " " + claim.comparison().symbol() + " " + claim.publishedText()
                    .replaceFirst("^(<=|>=) ", "");
        }
        return new ClaimResult(claim, reproduced, status, detail);
    }

    /** @return reproduced minus published, NaN for non-APPROX claims. */
    public double difference() {
        return claim.comparison() == Comparison.APPROX ? reproduced - claim.published() : Double.NaN;
    }
}

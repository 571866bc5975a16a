package org.scalingsuite.core.claim;

/** The verdict on one claim. */
public enum ClaimStatus {
    /** Expected to reproduce, and it does. */
    REPRODUCED,
    /** Known to deviate, and the locked regression value still holds. */
    DEVIATES,
    /** Expected to reproduce but does not, or a deviating value moved, or no value was computed. */
    FAILED
}

package org.scalingsuite.core.claim;

/** What a claim's reproduction is expected to show. */
public enum Expectation {
    /** The reproduced value matches the published one within the tolerance. */
    REPRODUCES,
    /**
     * The reproduced value differs from the published one for a documented reason; the measured value is
     * locked as a regression value and checked within the tolerance.
     */
    DEVIATES
}

package org.scalingsuite.site.cli;

/** Exit codes of the command line, documented in the README. */
public final class ExitCodes {

    /** Everything worked and every claim that should reproduce did. */
    public static final int OK = 0;
    /** A claim expected to reproduce failed, or a locked deviation moved. */
    public static final int CLAIMS_FAILED = 1;
    /** Bad input: a malformed CSV, a bad option, an unknown reproduction id. */
    public static final int BAD_INPUT = 2;
    /** A data file is missing, unreachable or fails its checksum. */
    public static final int DATA_UNAVAILABLE = 3;
    /** A fit did not converge, or its parameters are not identifiable; its numbers are printed but flagged. */
    public static final int NOT_CONVERGED = 4;
    /** An output file or the site could not be written (sysexits' EX_IOERR). */
    public static final int CANNOT_WRITE = 74;
    /** An unexpected internal error. */
    public static final int INTERNAL_ERROR = 70;

    private ExitCodes() {
    }
}

package org.scalingsuite.core.data;

/**
 * A data file that cannot be provided: not in the mirror or cache and not downloadable, or present with
 * the wrong checksum. The message says where it was looked for and what to do.
 */
public class DataUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataUnavailableException(String message) {
        super(message);
    }

    public DataUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
